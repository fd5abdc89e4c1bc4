import type { FieldMeta } from '@/shared/api/record-types'
import type { CrmRecord } from '@/shared/api/types'
import { formatCalendarDate, formatInstant } from './dates'
import { fieldCurrency } from './field-currency'
import { formatMoney, formatNumber } from './money'

export function formatFieldValue(
  field: FieldMeta,
  record: CrmRecord,
  defaultCurrency = 'USD',
): string {
  const value = record[field.name]
  if (value === null || value === undefined || value === '') return ''

  const currency = fieldCurrency(field, record, defaultCurrency)
  if (currency) return formatMoney(value, currency)

  switch (field.type) {
    case 'money':
    case 'integer':
    case 'decimal':
      return field.ungrouped ? String(value) : formatNumber(value)
    case 'percent':
      return `${formatNumber(value)}%`
    case 'date':
      return formatCalendarDate(String(value))
    case 'datetime':
      return formatInstant(String(value))
    case 'boolean':
      return value ? 'Yes' : 'No'
    case 'enum':
      return optionLabel(field, value)
    case 'multiselect':
      return Array.isArray(value)
        ? value.map((item) => optionLabel(field, item)).join(', ')
        : optionLabel(field, value)
    case 'refs':
      // Titles need the related records; the pages draw those as links.
      return Array.isArray(value) ? countRecords(value.length) : ''
    default:
      return String(value)
  }
}

function countRecords(count: number): string {
  return count === 1 ? '1 record' : `${count} records`
}

/** An option's label; a value no longer among the options shows as is. */
function optionLabel(field: FieldMeta, value: unknown): string {
  const option = field.options.find((option) => option.value === value)
  return option?.label ?? String(value)
}
