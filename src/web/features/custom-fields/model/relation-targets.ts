import type { RecordType } from '@/shared/api/record-types'

/** The built-in types and custom objects a relation may point at. */
export function relationTargets(types: RecordType[]) {
  const builtIn = ['account', 'contact', 'lead', 'opportunity', 'product']
  const records = types.filter(
    (type) => builtIn.includes(type.name) || type.customObject,
  )
  return [
    ...records.map((type) => ({ name: type.name, label: type.label })),
    { name: 'user', label: 'User' },
  ]
}
