import type { FieldMeta, RecordType } from '@/shared/api/record-types'

const NUMBERS = ['integer', 'decimal', 'money', 'percent']
const DATES = ['date', 'datetime']

export interface FormulaFields {
  numbers: FieldMeta[]
  dates: FieldMeta[]
}

/**
 * The fields a formula on this record type may read: built-in ones and
 * the custom ones defined before it (all of them for a new field), so
 * formulas never read each other in a circle.
 */
export function formulaFields(
  type: RecordType | undefined,
  name?: string,
): FormulaFields {
  const fields = type?.fields ?? []
  const at = name ? fields.findIndex((f) => f.name === name) : -1
  const readable = fields.filter(
    (field, index) => !field.custom || at < 0 || index < at,
  )
  return {
    numbers: readable.filter((f) => NUMBERS.includes(f.type)),
    dates: readable.filter((f) => DATES.includes(f.type)),
  }
}

/** The expression with a name put in place of the selection. */
export function insertName(
  expression: string,
  name: string,
  start: number,
  end: number,
) {
  const next = expression.slice(0, start) + name + expression.slice(end)
  return { expression: next, cursor: start + name.length }
}
