import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import { recordTypesKey } from '@/shared/api/record-types'
import { customObjectsKey } from './custom-object'

export function useRetireCustomObject() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      api<void>(`/custom-objects/${id}`, { method: 'DELETE' }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: customObjectsKey }),
        queryClient.invalidateQueries({ queryKey: recordTypesKey }),
      ]),
  })
}
