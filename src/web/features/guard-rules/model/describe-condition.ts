import type { FieldMeta } from '@/shared/api/record-types'
import type { CrmRecord } from '@/shared/api/types'
import { formatFieldValue } from '@/shared/format/format-value'
import type { Comparison, Condition } from '../api/guard-rules'

export const OP_WORDS: Record<Comparison['op'], string> = {
  eq: 'is',
  ne: 'is not',
  in: 'is one of',
  gt: 'is more than',
  gte: 'is at least',
  lt: 'is less than',
  lte: 'is at most',
  null: 'is empty',
}

function valueWords(f: FieldMeta | undefined, value: unknown): string {
  if (Array.isArray(value)) {
    return value.map((v) => valueWords(f, v)).join(', ')
  }
  const option = f?.options.find((o) => o.value === value)
  if (option) return option.label
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  return f
    ? formatFieldValue(f, { [f.name]: value } as CrmRecord)
    : String(value)
}

/** A condition as a sentence, with the fields' labels and options. */
export function describeCondition(
  condition: Condition,
  fields: FieldMeta[],
): string {
  if ('all' in condition) {
    return condition.all.map((c) => describeCondition(c, fields)).join(' and ')
  }
  if ('any' in condition) {
    return condition.any.map((c) => describeCondition(c, fields)).join(' or ')
  }
  if ('not' in condition) {
    return `not (${describeCondition(condition.not, fields)})`
  }
  const f = fields.find((x) => x.name === condition.field)
  const label = f?.label ?? condition.field
  if (condition.op === 'null') {
    return `${label} ${condition.value === false ? 'is filled in' : 'is empty'}`
  }
  return `${label} ${OP_WORDS[condition.op]} ${valueWords(f, condition.value)}`
}
