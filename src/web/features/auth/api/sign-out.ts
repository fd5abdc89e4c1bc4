import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, setCsrfToken } from '@/app/api-client'
import { sessionKey } from '@/shared/api/session'

async function signOut(): Promise<void> {
  await api<void>('/auth/sign-out', { method: 'POST' })
}

export function useSignOut() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: signOut,
    onSettled: () => {
      setCsrfToken(null)
      queryClient.clear()
      queryClient.setQueryData(sessionKey, null)
    },
  })
}
