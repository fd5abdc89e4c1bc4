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

/** The `include=` name that embeds a ref field's record: account_id → account. */
export function includeName(field: FieldMeta): string {
  return field.name.replace(/_id$/, '')
}
