import type { FieldMeta, RecordType } from '@/shared/api/record-types'
import { isRelation } from '@/shared/api/ref-target'
import { isSummable } from '../field-types'

/** A record type whose records point at the one a rollup is added to. */
export interface RollupSource {
  type: RecordType
  /** Its relations, to one or to many, that point there. */
  via: FieldMeta[]
  /** Its fields a sum, smallest or largest may be taken of. */
  values: FieldMeta[]
}

export function rollupSources(
  types: RecordType[],
  parent: string,
): RollupSource[] {
  return types
    .map((type) => ({
      type,
      via: type.fields.filter((f) => isRelation(f) && f.ref === parent),
      values: type.fields.filter((f) => isSummable(f.type) && !f.computed),
    }))
    .filter((source) => source.via.length > 0)
}
