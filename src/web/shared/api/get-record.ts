import { useQuery } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import type { CrmRecord, DataResponse } from './types'

export function recordKey(plural: string, id: string) {
  return ['record', plural, id] as const
}

export async function getRecord(
  plural: string,
  id: string,
  include?: string,
): Promise<CrmRecord> {
  const body = await api<DataResponse>(`/${plural}/${id}`, {
    query: { include },
  })
  return body.data
}

export function useRecord(
  plural: string | undefined,
  id: string | undefined,
  include?: string,
) {
  return useQuery({
    queryKey: [...recordKey(plural ?? '', id ?? ''), include ?? ''],
    queryFn: () => getRecord(plural ?? '', id ?? '', include),
    enabled: Boolean(plural && id),
  })
}
