import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import { usersKey } from '@/shared/api/users'

interface SetPasswordInput {
  userId: string
  password: string
}

export function useSetPassword() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ userId, password }: SetPasswordInput) =>
      api(`/users/${userId}/password`, {
        method: 'POST',
        body: { password },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  })
}
