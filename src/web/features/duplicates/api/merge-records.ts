import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import { duplicatesKey } from './duplicates'

export interface MergeInput {
  plural: string
  survivorId: string
  mergedIds: string[]
  /** For each field, the record whose value the survivor keeps. */
  values: Record<string, string>
}

export interface MergeResult {
  id: string
  survivorId: string
  mergedIds: string[]
  moved: Record<string, number>
}

/** Merges records into one; everything shown of them is read again. */
export function useMergeRecords() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ plural, ...body }: MergeInput) =>
      (
        await api<{ data: MergeResult }>(`/${plural}/merges`, {
          method: 'POST',
          body,
        })
      ).data,
    onSuccess: () => queryClient.invalidateQueries(),
  })
}

export function useUndoMerge() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ plural, id }: { plural: string; id: string }) =>
      api<unknown>(`/${plural}/merges/${id}/undo`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: duplicatesKey }),
  })
}
