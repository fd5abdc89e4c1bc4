import { includeName, refTarget } from '@/shared/api/ref-target'
import type { RecordType } from '@/shared/api/record-types'

const SKIPPED = new Set(['created_by_id'])

/** include= for a record page: every ref to a record or a user. */
export function recordIncludes(
  type: RecordType,
  types: RecordType[],
): string | undefined {
  const names = type.fields
    .filter((field) => field.type === 'ref' && !SKIPPED.has(field.name))
    .filter((field) => {
      const kind = refTarget(field, types).kind
      return kind === 'record' || kind === 'user'
    })
    .map(includeName)
  return names.length ? names.join(',') : undefined
}
