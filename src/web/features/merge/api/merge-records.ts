import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/app/api-client'

export interface MergeInput {
  survivorId: string
  mergedIds: string[]
  /** For each field, the id of the record whose value the survivor keeps. */
  values: Record<string, string>
}

export interface MergeResult {
  id: string
  survivorId: string
  mergedIds: string[]
  moved: Record<string, number>
}

/** Merges records into one; every list and page is read again after. */
export function useMergeRecords(plural: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (body: MergeInput) =>
      (
        await api<{ data: MergeResult }>(`/${plural}/merges`, {
          method: 'POST',
          body,
        })
      ).data,
    onSuccess: () => queryClient.invalidateQueries(),
  })
}

/** Undoes a merge: the merged records and what moved come back. */
export function useUndoMerge(plural: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      api<unknown>(`/${plural}/merges/${id}/undo`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries(),
  })
}
