import { Decimal } from 'decimal.js'
import { z } from 'zod'
import type { FieldDescriptor } from '../../../shared/record-type.js'
import type { Values } from '../records/record-type.js'

// The condition language guard rules are written in, and that automation
// rules will share: comparisons of a record's fields (custom fields
// included), combined with all, any and not. `meets` answers it for one
// record; condition-sql.ts compiles the same meaning to SQL for lists, and
// both compare by the field's type.

export const CONDITION_OPS = [
  'eq',
  'ne',
  'in',
  'gt',
  'gte',
  'lt',
  'lte',
  'null',
] as const

export type ConditionOp = (typeof CONDITION_OPS)[number]

const comparison = z.strictObject({
  field: z.string().regex(/^[a-z][a-z0-9_]{0,62}$/),
  op: z.enum(CONDITION_OPS),
  value: z.unknown().optional(),
})

export type Comparison = z.infer<typeof comparison>

export type Condition =
  | Comparison
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }

// Named, so the API document refers to it rather than unfolding it.
export const conditionSchema: z.ZodType<Condition> = z
  .lazy(() =>
    z.union([
      comparison,
      z.strictObject({ all: z.array(conditionSchema).min(1).max(20) }),
      z.strictObject({ any: z.array(conditionSchema).min(1).max(20) }),
      z.strictObject({ not: conditionSchema }),
    ]),
  )
  .meta({ id: 'condition' })

export type FieldLookup = (name: string) => FieldDescriptor | undefined

const NUMERIC = new Set(['integer', 'percent', 'decimal', 'money'])

/** Compares two present values the way PostgreSQL compares the column. */
function compare(f: FieldDescriptor | undefined, a: unknown, b: unknown) {
  if (f && NUMERIC.has(f.type)) {
    return new Decimal(String(a)).comparedTo(new Decimal(String(b)))
  }
  if (f?.type === 'datetime') {
    return Math.sign(Date.parse(String(a)) - Date.parse(String(b)))
  }
  if (f?.type === 'ref') {
    a = String(a).toLowerCase()
    b = String(b).toLowerCase()
  }
  if (typeof a === 'boolean' || typeof b === 'boolean') {
    return a === b ? 0 : a ? 1 : -1
  }
  const x = String(a)
  const y = String(b)
  return x < y ? -1 : x > y ? 1 : 0
}

const absent = (v: unknown) => v === null || v === undefined

function holds(c: Comparison, f: FieldDescriptor | undefined, row: Values) {
  const value = row[c.field]
  if (c.op === 'null') return absent(value) === (c.value !== false)
  if (c.op === 'ne') return absent(value) || compare(f, value, c.value) !== 0
  if (absent(value)) return false
  if (c.op === 'in') {
    const list = Array.isArray(c.value) ? c.value : []
    return list.some((v) => compare(f, value, v) === 0)
  }
  const order = compare(f, value, c.value)
  switch (c.op) {
    case 'eq':
      return order === 0
    case 'gt':
      return order > 0
    case 'gte':
      return order >= 0
    case 'lt':
      return order < 0
    case 'lte':
      return order <= 0
  }
}

/** Whether a record (its stored values) meets the condition. */
export function meets(
  condition: Condition,
  row: Values,
  field: FieldLookup = () => undefined,
): boolean {
  if ('all' in condition) {
    return condition.all.every((c) => meets(c, row, field))
  }
  if ('any' in condition) {
    return condition.any.some((c) => meets(c, row, field))
  }
  if ('not' in condition) return !meets(condition.not, row, field)
  return holds(condition, field(condition.field), row)
}

/** The comparisons a condition is made of. */
export function comparisons(condition: Condition): Comparison[] {
  if ('all' in condition) return condition.all.flatMap(comparisons)
  if ('any' in condition) return condition.any.flatMap(comparisons)
  if ('not' in condition) return comparisons(condition.not)
  return [condition]
}

/** The field names a condition reads. */
export function conditionFields(condition: Condition): string[] {
  return comparisons(condition).map((c) => c.field)
}
