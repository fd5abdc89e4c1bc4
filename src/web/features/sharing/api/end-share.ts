import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import { sharesKey } from './list-shares'

export function useEndShare(plural: string, recordId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (shareId: string) =>
      api<void>(`/${plural}/${recordId}/shares/${shareId}`, {
        method: 'DELETE',
      }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: sharesKey(plural, recordId) })
      queryClient.invalidateQueries({ queryKey: ['access', plural, recordId] })
      queryClient.invalidateQueries({ queryKey: ['audit', plural, recordId] })
    },
  })
}
