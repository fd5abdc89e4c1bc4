import type { FieldMeta } from '@/shared/api/record-types'
import type { Comparison, ConditionOp } from '../api/guard-rules'

/** One comparison as the form holds it: the value as typed. */
export interface ComparisonDraft {
  field: string
  op: ConditionOp
  text: string
  /** The options chosen for "is one of" on a choice field. */
  chosen: string[]
}

const ORDERED = ['integer', 'percent', 'decimal', 'money', 'date', 'datetime']
const SETS = ['multiselect', 'refs']

/** The fields a guard may compare: stored ones, not computed. */
export function comparableFields(fields: FieldMeta[]): FieldMeta[] {
  return fields.filter((f) => !f.computed && f.name !== 'id')
}

/** The comparisons that fit a field's type, as the server allows them. */
export function opsFor(f: FieldMeta | undefined): ConditionOp[] {
  if (!f) return ['eq']
  if (SETS.includes(f.type)) return ['null']
  const equal: ConditionOp[] = ['eq', 'ne', 'in', 'null']
  if (f.type === 'boolean') return ['eq', 'ne', 'null']
  if (ORDERED.includes(f.type)) return [...equal, 'gt', 'gte', 'lt', 'lte']
  return equal
}

function typed(f: FieldMeta | undefined, text: string): unknown {
  const t = text.trim()
  if (f?.type === 'boolean') return t === 'true'
  if (f && ['integer', 'percent'].includes(f.type) && /^-?\d+$/.test(t)) {
    return Number(t)
  }
  return t
}

/** The comparison the server is sent. */
export function toComparison(
  draft: ComparisonDraft,
  f: FieldMeta | undefined,
): Comparison {
  const { field, op } = draft
  if (op === 'null') return { field, op, value: draft.text !== 'false' }
  if (op === 'in') {
    const list =
      f?.type === 'enum'
        ? draft.chosen
        : draft.text.split(',').filter((v) => v.trim() !== '')
    return { field, op, value: list.map((v) => typed(f, v)) }
  }
  return { field, op, value: typed(f, draft.text) }
}

export function blankDraft(f: FieldMeta | undefined): ComparisonDraft {
  const op = opsFor(f)[0] ?? 'eq'
  const text = f?.type === 'boolean' ? 'true' : (f?.options[0]?.value ?? '')
  return {
    field: f?.name ?? '',
    op,
    text: op === 'null' ? 'true' : text,
    chosen: [],
  }
}
