import { useQuery } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import {
  type FieldMeta,
  normalizeRecordType,
  type RawRecordType,
  type RecordType,
} from './record-type-model'

export type { FieldMeta, FieldType, RecordType } from './record-type-model'

// Custom fields change this list: whatever adds or retires one
// invalidates the key so forms and lists pick the change up.
export const recordTypesKey = ['record-types'] as const

async function listRecordTypes(): Promise<RecordType[]> {
  const body = await api<{ data: RawRecordType[] } | RawRecordType[]>(
    '/meta/record-types',
  )
  const raw = Array.isArray(body) ? body : body.data
  return raw.map(normalizeRecordType)
}

export function useRecordTypes() {
  return useQuery({
    queryKey: recordTypesKey,
    queryFn: listRecordTypes,
    staleTime: Number.POSITIVE_INFINITY,
  })
}

export function findRecordType(
  types: RecordType[] | undefined,
  key: string | undefined,
): RecordType | undefined {
  if (!types || !key) return undefined
  return types.find((type) => type.plural === key || type.name === key)
}

export function useRecordType(plural: string | undefined) {
  const query = useRecordTypes()
  return { ...query, recordType: findRecordType(query.data, plural) }
}

export function fieldByName(
  type: RecordType,
  name: string,
): FieldMeta | undefined {
  return type.fields.find((field) => field.name === name)
}
