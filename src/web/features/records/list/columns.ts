import type { FieldMeta, RecordType } from '@/shared/api/record-types'
import {
  includeName,
  isRelation,
  type RefTarget,
  refTarget,
} from '@/shared/api/ref-target'

const PREFERRED: Record<string, string[]> = {
  accounts: [
    'industry',
    'billing_city',
    'billing_country',
    'employees',
    'annual_revenue',
    'owner_id',
  ],
  contacts: ['title', 'email', 'phone', 'mailing_city', 'owner_id'],
  leads: ['company', 'email', 'status', 'source', 'owner_id', 'created_at'],
  opportunities: ['account_id', 'stage_id', 'amount', 'close_date', 'owner_id'],
  products: ['code', 'family', 'list_price', 'currency', 'is_active'],
  activities: ['type', 'occurred_at', 'due_at', 'owner_id'],
}

const HIDDEN = new Set(['id', 'deleted_at', 'tenant_id'])

// Bookkeeping that a type without a preferred list shows after its own
// fields, if there is room.
const LATER = new Set(['created_at', 'updated_at', 'created_by_id'])

export interface Column {
  field: FieldMeta
  target: RefTarget | null
}

export function listColumns(type: RecordType, types: RecordType[]): Column[] {
  const eligible = type.fields.filter(
    (field) =>
      !HIDDEN.has(field.name) &&
      field.name !== type.titleField &&
      field.type !== 'longtext',
  )
  const preferred = PREFERRED[type.plural]
  // Computed fields are what an admin added a rollup to see at a glance.
  const computed = eligible.filter((field) => field.computed)
  const chosen = preferred
    ? [
        ...preferred.flatMap((name) => eligible.filter((f) => f.name === name)),
        ...computed,
      ]
    : [
        ...eligible.filter((field) => !LATER.has(field.name)),
        ...eligible.filter((field) => field.name === 'created_at'),
      ].slice(0, 6)

  return chosen.map((field) => ({
    field,
    target: isRelation(field) ? refTarget(field, types) : null,
  }))
}

/** Relations whose records the list embeds with include=. */
export function listIncludes(columns: Column[]): string | undefined {
  const names = columns
    .filter(({ target }) => target && target.kind !== 'unknown')
    .map(({ field }) => includeName(field))
  return names.length ? names.join(',') : undefined
}
