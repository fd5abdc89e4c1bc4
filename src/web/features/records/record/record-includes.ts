import type { RecordType } from '@/shared/api/record-types'
import { includeName, isRelation, refTarget } from '@/shared/api/ref-target'

const SKIPPED = new Set(['created_by_id'])

/** include= for a record page: every relation the server can embed. */
export function recordIncludes(
  type: RecordType,
  types: RecordType[],
): string | undefined {
  const names = type.fields
    .filter((field) => isRelation(field) && !SKIPPED.has(field.name))
    .filter((field) => refTarget(field, types).kind !== 'unknown')
    .map(includeName)
  return names.length ? names.join(',') : undefined
}
