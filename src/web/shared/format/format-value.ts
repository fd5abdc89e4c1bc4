import type { FieldMeta } from '@/shared/api/record-types'
import type { CrmRecord } from '@/shared/api/types'
import { formatCalendarDate, formatInstant } from './dates'
import { formatMoney, formatNumber } from './money'

export function formatFieldValue(
  field: FieldMeta,
  record: CrmRecord,
  defaultCurrency = 'USD',
): string {
  const value = record[field.name]
  if (value === null || value === undefined || value === '') return ''

  switch (field.type) {
    case 'money': {
      const currency = record[field.currencyField ?? 'currency']
      return formatMoney(
        value,
        typeof currency === 'string' ? currency : defaultCurrency,
      )
    }
    case 'integer':
    case 'decimal':
      return formatNumber(value)
    case 'percent':
      return `${formatNumber(value)}%`
    case 'date':
      return formatCalendarDate(String(value))
    case 'datetime':
      return formatInstant(String(value))
    case 'boolean':
      return value ? 'Yes' : 'No'
    case 'enum':
      return (
        field.options.find((option) => option.value === value)?.label ??
        String(value)
      )
    default:
      return String(value)
  }
}
