import type { RecordType } from '@/shared/api/record-types'
import { CUSTOMIZABLE_TYPES } from '../api/custom-field'

/**
 * The record types an admin may add fields to: the built-in ones in a
 * fixed order, then the workspace's custom objects.
 */
export function fieldHosts(types: RecordType[]): RecordType[] {
  const builtIn = CUSTOMIZABLE_TYPES.flatMap((name) =>
    types.filter((type) => type.name === name),
  )
  return [...builtIn, ...types.filter((type) => type.customObject)]
}
