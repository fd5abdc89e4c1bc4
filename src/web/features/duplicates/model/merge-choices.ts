import type { FieldMeta } from '@/shared/api/record-types'
import type { CrmRecord } from '@/shared/api/types'

const blank = (value: unknown) =>
  value === null || value === undefined || value === ''

/** Fields a merge may take from either record: those that differ. */
export function mergeableFields(
  fields: FieldMeta[],
  a: CrmRecord,
  b: CrmRecord,
): FieldMeta[] {
  return fields.filter(
    (f) =>
      !f.readOnly &&
      !f.computed &&
      JSON.stringify(a[f.name] ?? null) !== JSON.stringify(b[f.name] ?? null),
  )
}

/**
 * The survivor's own value for each field, or the other's where the
 * survivor has none: nothing known is lost unless chosen.
 */
export function defaultChoices(
  fields: FieldMeta[],
  survivor: CrmRecord,
  other: CrmRecord,
): Record<string, string> {
  return Object.fromEntries(
    fields.map((f) => [
      f.name,
      blank(survivor[f.name]) ? other.id : survivor.id,
    ]),
  )
}
