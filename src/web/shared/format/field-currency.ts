import type { FieldMeta } from '@/shared/api/record-types'
import type { CrmRecord } from '@/shared/api/types'

// Some amounts are typed 'decimal' because they carry no currency of their
// own (an account's annual revenue); they are still sums of money, in the
// workspace's currency. Other decimals (a quantity) stay plain numbers.
const MONETARY_NAME = /(^|_)(revenue|price|cost|amount|budget|spend)(_|$)/

/**
 * The currency a field's value is shown in, or null for a plain number:
 * a money field names its currency field; a monetary decimal takes the
 * workspace's.
 */
export function fieldCurrency(
  field: FieldMeta,
  record: CrmRecord,
  workspaceCurrency: string,
): string | null {
  if (field.type === 'money') {
    const currency = record[field.currencyField ?? 'currency']
    return typeof currency === 'string' && currency
      ? currency
      : workspaceCurrency
  }
  if (field.type === 'decimal' && MONETARY_NAME.test(field.name)) {
    return workspaceCurrency
  }
  return null
}
