import type { FieldMeta, FieldType } from '@/shared/api/record-types'

export type FilterOp = 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'prefix'

/** One condition on a field, as `filter[field][op]=value` sends it. */
export interface FieldFilter {
  field: string
  op: FilterOp
  value: string
}

const ORDERED: FilterOp[] = ['eq', 'gte', 'lte', 'gt', 'lt', 'ne']

const OPS: Partial<Record<FieldType, FilterOp[]>> = {
  enum: ['eq', 'ne'],
  multiselect: ['eq'],
  // filter[account_ids]=<id>: the records whose list holds that one.
  refs: ['eq'],
  boolean: ['eq'],
  integer: ORDERED,
  decimal: ORDERED,
  money: ORDERED,
  percent: ORDERED,
  date: ORDERED,
  datetime: ['gte', 'lte'],
  text: ['prefix', 'eq'],
  email: ['prefix', 'eq'],
  phone: ['prefix', 'eq'],
  url: ['prefix', 'eq'],
}

const WORDS: Record<FilterOp, string> = {
  eq: 'is',
  ne: 'is not',
  gt: '>',
  gte: '≥',
  lt: '<',
  lte: '≤',
  prefix: 'starts with',
}

/** What a field can be filtered by; none for a ref or long text. */
export function filterOps(field: FieldMeta): FilterOp[] {
  if (!field.filterable) return []
  return OPS[field.type] ?? []
}

export function opWord(field: FieldMeta, op: FilterOp): string {
  if (field.type === 'multiselect' || field.type === 'refs') return 'contains'
  if (field.type === 'date' && op === 'gte') return 'on or after'
  if (field.type === 'date' && op === 'lte') return 'on or before'
  return WORDS[op]
}

// In the address bar a filter reads field:op:value, one `where` each.
export function parseFilter(text: string): FieldFilter | null {
  const [field, op, ...rest] = text.split(':')
  if (!field || !op || rest.length === 0) return null
  return { field, op: op as FilterOp, value: rest.join(':') }
}

export function formatFilter(filter: FieldFilter): string {
  return `${filter.field}:${filter.op}:${filter.value}`
}
