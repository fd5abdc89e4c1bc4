import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import { invalidateOrganisation } from './invalidate-organisation'

export function useRetireRegion() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      api<void>(`/regions/${id}`, { method: 'DELETE' }),
    onSuccess: () => invalidateOrganisation(queryClient),
  })
}
