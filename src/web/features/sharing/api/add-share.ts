import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import { type Share, type ShareAccess, sharesKey } from './list-shares'

export interface ShareInput {
  userId?: string
  teamId?: string
  access: ShareAccess
  expiresAt: string | null
}

interface AddShare {
  plural: string
  recordId: string
  input: ShareInput
}

async function addShare({ plural, recordId, input }: AddShare) {
  const body = await api<{ data: Share }>(`/${plural}/${recordId}/shares`, {
    method: 'POST',
    body: input,
  })
  return body.data
}

/** Shares a record; sharing again with the same one changes that share. */
export function useAddShare(plural: string, recordId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: ShareInput) => addShare({ plural, recordId, input }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: sharesKey(plural, recordId) })
      // Who may see the record changed, and the change is in its history.
      queryClient.invalidateQueries({ queryKey: ['access', plural, recordId] })
      queryClient.invalidateQueries({ queryKey: ['audit', plural, recordId] })
    },
  })
}
