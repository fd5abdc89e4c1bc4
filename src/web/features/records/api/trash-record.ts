import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/app/api-client'

interface RecordRef {
  plural: string
  id: string
}

function useRecordMutation(run: (ref: RecordRef) => Promise<unknown>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: run,
    onSuccess: (_result, ref) => {
      queryClient.invalidateQueries({ queryKey: ['records', ref.plural] })
      // Every record page: a rollup on another record may count this one.
      queryClient.invalidateQueries({ queryKey: ['record'] })
      queryClient.invalidateQueries({ queryKey: ['audit'] })
    },
  })
}

export function useDeleteRecord() {
  return useRecordMutation(({ plural, id }) =>
    api<void>(`/${plural}/${id}`, { method: 'DELETE' }),
  )
}

export function useRestoreRecord() {
  return useRecordMutation(({ plural, id }) =>
    api(`/${plural}/${id}/restore`, { method: 'POST' }),
  )
}
