import type { FieldMeta, RecordType } from '@/shared/api/record-types'
import type { FieldAccess, FieldRule } from '../api/list-field-rules'

export const FIELD_ACCESS: FieldAccess[] = ['editable', 'read_only', 'hidden']

const LABELS: Record<FieldAccess, string> = {
  editable: 'Editable',
  read_only: 'Read-only',
  hidden: 'Hidden',
}

/** A field no one may change (a timestamp, a computed value) is "Visible". */
export function accessLabel(access: FieldAccess, field: FieldMeta): string {
  const fixed = field.readOnly || field.computed !== null
  return access === 'editable' && fixed ? 'Visible' : LABELS[access]
}

// Never shown on a record page, so there is nothing to rule on.
const UNSHOWN = new Set(['id', 'tenant_id', 'deleted_at'])

export function ruledFields(type: RecordType): FieldMeta[] {
  return type.fields.filter((field) => !UNSHOWN.has(field.name))
}

/** What the role's rule makes of the field; no rule leaves it editable. */
export function accessOf(
  rules: FieldRule[],
  roleId: string,
  recordType: string,
  field: string,
): FieldAccess {
  const rule = rules.find(
    (r) =>
      r.roleId === roleId && r.recordType === recordType && r.field === field,
  )
  return rule?.access ?? 'editable'
}
