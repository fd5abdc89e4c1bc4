import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import { recordTypesKey } from '@/shared/api/record-types'
import { customFieldsKey } from './custom-field'

export function useRetireCustomField() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      api<void>(`/custom-fields/${id}`, { method: 'DELETE' }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: customFieldsKey }),
        queryClient.invalidateQueries({ queryKey: recordTypesKey }),
      ]),
  })
}
