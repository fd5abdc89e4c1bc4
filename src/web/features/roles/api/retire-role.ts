import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import { rolesKey } from '@/shared/api/roles'

export function useRetireRole() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => api<void>(`/roles/${id}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rolesKey }),
  })
}
