import type { FieldMeta } from '@/shared/api/record-types'
import type { CrmRecord } from '@/shared/api/types'

/**
 * The currency a field's value is shown in, or null for a plain number: a
 * money field names its currency field, or is in the workspace's currency.
 */
export function fieldCurrency(
  field: FieldMeta,
  record: CrmRecord,
  workspaceCurrency: string,
): string | null {
  if (field.type !== 'money') return null
  const currency = field.currencyField ? record[field.currencyField] : null
  return typeof currency === 'string' && currency ? currency : workspaceCurrency
}
