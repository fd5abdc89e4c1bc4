import type { RecordType } from '@/shared/api/record-types'

/**
 * The built-in record types a search looks in, in the order their groups
 * show; join records (a contact's role, a deal's product lines) are found
 * through their parents instead.
 */
const BUILT_IN = [
  'accounts',
  'contacts',
  'opportunities',
  'leads',
  'products',
  'activities',
]

/** The plurals searched: the built-in types, then every custom object. */
export function searchedTypes(types: RecordType[] | undefined): string[] {
  const objects = (types ?? []).filter((type) => type.customObject)
  return [...BUILT_IN, ...objects.map((type) => type.plural)]
}
