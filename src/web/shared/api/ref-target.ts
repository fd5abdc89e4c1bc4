import type { FieldMeta, RecordType } from './record-types'
import { findRecordType } from './record-types'

export type RefTarget =
  | { kind: 'user' }
  | { kind: 'stage' }
  | { kind: 'pipeline' }
  | { kind: 'record'; type: RecordType }
  | { kind: 'unknown' }

const SPECIAL: Record<string, RefTarget['kind']> = {
  user: 'user',
  users: 'user',
  app_user: 'user',
  stage: 'stage',
  stages: 'stage',
  pipeline: 'pipeline',
  pipelines: 'pipeline',
}

export function refTarget(
  field: FieldMeta,
  types: RecordType[] | undefined,
): RefTarget {
  const ref = field.ref ?? ''
  const special = SPECIAL[ref]
  if (special === 'user') return { kind: 'user' }
  if (special === 'stage') return { kind: 'stage' }
  if (special === 'pipeline') return { kind: 'pipeline' }

  const type = findRecordType(types, ref)
  return type ? { kind: 'record', type } : { kind: 'unknown' }
}

/** Whether a field points at other records: one (ref) or many (refs). */
export function isRelation(field: FieldMeta): boolean {
  return field.type === 'ref' || field.type === 'refs'
}

/**
 * The `include=` name that embeds a relation's records: account_id →
 * account for one, account_ids → accounts for many.
 */
export function includeName(field: FieldMeta): string {
  if (field.type === 'refs') return field.name.replace(/_ids$/, 's')
  return field.name.replace(/_id$/, '')
}
