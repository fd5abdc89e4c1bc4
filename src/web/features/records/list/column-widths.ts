import type { FieldType } from '@/shared/api/record-types'
import type { Column } from './columns'

// Each column gets a floor that fits its usual value and a share of the
// spare width; long text (names, titles, emails) gets the larger shares.
const WIDTHS: Partial<Record<FieldType, string>> = {
  boolean: 'minmax(80px, 0.5fr)',
  integer: 'minmax(90px, 0.7fr)',
  percent: 'minmax(80px, 0.6fr)',
  decimal: 'minmax(110px, 0.9fr)',
  money: 'minmax(130px, 1fr)',
  date: 'minmax(110px, 0.8fr)',
  datetime: 'minmax(150px, 1fr)',
  enum: 'minmax(110px, 0.8fr)',
  phone: 'minmax(150px, 0.8fr)',
  email: 'minmax(180px, 1.4fr)',
  url: 'minmax(180px, 1.4fr)',
  ref: 'minmax(140px, 1fr)',
}

const TEXT = 'minmax(140px, 1.3fr)'
const TITLE = 'minmax(200px, 1.5fr)'
const ACTION = '110px'

export function gridTemplate(columns: Column[], withAction: boolean): string {
  const widths = columns.map(({ field }) => WIDTHS[field.type] ?? TEXT)
  return [TITLE, ...widths, ...(withAction ? [ACTION] : [])].join(' ')
}
