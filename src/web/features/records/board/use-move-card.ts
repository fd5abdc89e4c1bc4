import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, type QueryParams } from '@/app/api-client'
import { errorMessage } from '@/app/api-error'
import { useToast } from '@/app/toast'
import type { CrmRecord } from '@/shared/api/types'
import { type CardPages, withCard, withoutCard } from './card-pages'

export interface CardMove {
  record: CrmRecord
  fromParams: QueryParams
  toParams: QueryParams
  value: string | null
}

/** Sets the board's field on a record, moving its card at once. */
export function useMoveCard(plural: string, field: string) {
  const queryClient = useQueryClient()
  const toast = useToast()
  const keyOf = (params: QueryParams) => ['records', plural, params]

  return useMutation({
    mutationFn: ({ record, value }: CardMove) =>
      api(`/${plural}/${record.id}`, {
        method: 'PATCH',
        body: { [field]: value },
      }),

    onMutate: async ({ record, fromParams, toParams, value }) => {
      const from = keyOf(fromParams)
      const to = keyOf(toParams)
      await Promise.all(
        [from, to].map((queryKey) => queryClient.cancelQueries({ queryKey })),
      )
      const snapshot = {
        from: queryClient.getQueryData<CardPages>(from),
        to: queryClient.getQueryData<CardPages>(to),
      }
      const moved = { ...record, [field]: value }
      queryClient.setQueryData<CardPages>(from, (p) =>
        withoutCard(p, record.id),
      )
      queryClient.setQueryData<CardPages>(to, (p) => withCard(p, moved))
      return snapshot
    },

    onError: (error, { fromParams, toParams }, snapshot) => {
      if (snapshot) {
        queryClient.setQueryData(keyOf(fromParams), snapshot.from)
        queryClient.setQueryData(keyOf(toParams), snapshot.to)
      }
      toast(`Could not move the card: ${errorMessage(error)}`, 'error')
    },

    onSettled: () => {
      queryClient.invalidateQueries({ queryKey: ['records', plural] })
      queryClient.invalidateQueries({ queryKey: ['record'] })
      queryClient.invalidateQueries({ queryKey: ['audit'] })
    },
  })
}
