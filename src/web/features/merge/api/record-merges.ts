import { useQuery } from '@tanstack/react-query'
import { api } from '@/app/api-client'

export interface RecordMerge {
  id: string
  survivorId: string
  mergedIds: string[]
  /** The survivor's fields the merge changed. */
  fields: string[]
  moved: Record<string, number>
  mergedAt: string
  undoneAt: string | null
}

/** The merges a record took part in, newest first. */
export function useRecordMerges(plural: string, id: string, enabled = true) {
  return useQuery({
    queryKey: ['record-merges', plural, id],
    queryFn: async () =>
      (await api<{ data: RecordMerge[] }>(`/${plural}/${id}/merges`)).data,
    enabled,
  })
}
