import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import { duplicatesKey } from './duplicates'

interface PairInput {
  plural: string
  id: string
  otherId: string
  /** True marks them "not a duplicate"; false shows them again. */
  dismiss: boolean
}

/** Marks two records as not duplicates, or takes that back. */
export function useDismissPair() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ plural, id, otherId, dismiss }: PairInput) =>
      api<void>(`/${plural}/${id}/duplicates/${otherId}/dismissal`, {
        method: dismiss ? 'PUT' : 'DELETE',
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: duplicatesKey }),
  })
}
