import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/app/api-client'

interface MassUpdate {
  plural: string
  ids: string[]
  values: Record<string, unknown>
}

/** Gives the records the same values; all of them, or none. */
export function useMassUpdate() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ plural, ids, values }: MassUpdate) =>
      api<{ data: { updated: number } }>(`/${plural}/mass-update`, {
        method: 'POST',
        body: { ids, values },
      }),
    onSuccess: (_result, { plural }) => {
      queryClient.invalidateQueries({ queryKey: ['records', plural] })
      queryClient.invalidateQueries({ queryKey: ['record'] })
      queryClient.invalidateQueries({ queryKey: ['audit'] })
    },
  })
}
