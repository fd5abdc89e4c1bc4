import { z } from 'zod'
import type { Values } from '../records/record-type.js'

// The condition language guard rules are written in, and that automation
// rules will share: comparisons of a record's fields (custom fields
// included), combined with all, any and not.

const OPS = ['eq', 'ne', 'in', 'gt', 'gte', 'lt', 'lte', 'null'] as const

const comparison = z.strictObject({
  field: z.string().regex(/^[a-z][a-z0-9_]{0,62}$/),
  op: z.enum(OPS),
  value: z.unknown().optional(),
})

export type Condition =
  | z.infer<typeof comparison>
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

// Numbers, exact decimals (text) and dates compare by value.
function compare(a: unknown, b: unknown): number | undefined {
  if (a === null || a === undefined || b === null || b === undefined) {
    return undefined
  }
  const x = Number(a)
  const y = Number(b)
  if (!Number.isNaN(x) && !Number.isNaN(y)) return x - y
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0
}

/** Whether a record (its stored values) meets the condition. */
export function meets(condition: Condition, row: Values): boolean {
  if ('all' in condition) return condition.all.every((c) => meets(c, row))
  if ('any' in condition) return condition.any.some((c) => meets(c, row))
  if ('not' in condition) return !meets(condition.not, row)
  const value = row[condition.field]
  const order = compare(value, condition.value)
  switch (condition.op) {
    case 'null':
      return (
        (value === null || value === undefined) === (condition.value !== false)
      )
    case 'in':
      return (
        Array.isArray(condition.value) &&
        condition.value.some((v) => compare(value, v) === 0)
      )
    case 'eq':
      return order === 0
    case 'ne':
      return order !== 0
    case 'gt':
      return order !== undefined && order > 0
    case 'gte':
      return order !== undefined && order >= 0
    case 'lt':
      return order !== undefined && order < 0
    case 'lte':
      return order !== undefined && order <= 0
  }
}

/** The field names a condition reads. */
export function conditionFields(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(conditionFields)
  if ('any' in condition) return condition.any.flatMap(conditionFields)
  if ('not' in condition) return conditionFields(condition.not)
  return [condition.field]
}
