import { useQuery } from '@tanstack/react-query'
import { api } from '@/app/api-client'

export interface MergeField {
  name: string
  label: string
  type: string
  /** Each record's value, by record id. */
  values: Record<string, unknown>
  differs: boolean
}

export interface MergeRefusal {
  status: number
  title: string
  detail?: string
  errors?: { field: string; message: string }[]
}

export interface MergePreview {
  recordType: string
  survivorId: string
  records: { id: string; title: string; deletedAt: string | null }[]
  fields: MergeField[]
  /** What would move to the survivor, e.g. "Activities: 3". */
  moves: { name: string; label: string; count: number }[]
  refusal: MergeRefusal | null
}

export const previewKey = ['merge-preview'] as const

/** What merging the others into the survivor would do, as the server says. */
export function useMergePreview(
  plural: string | undefined,
  survivorId: string,
  mergedIds: string[],
) {
  return useQuery({
    queryKey: [...previewKey, plural, survivorId, mergedIds],
    queryFn: async () =>
      (
        await api<{ data: MergePreview }>(`/${plural}/merges/preview`, {
          method: 'POST',
          body: { survivorId, mergedIds },
        })
      ).data,
    enabled: Boolean(plural && survivorId) && mergedIds.length > 0,
  })
}
