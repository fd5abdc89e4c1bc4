import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import { userRolesKey } from './get-user-roles'

interface SetUserRolesInput {
  userId: string
  roleIds: string[]
}

/** Gives a user exactly these roles; none puts them on the default. */
export function useSetUserRoles() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ userId, roleIds }: SetUserRolesInput) =>
      api<{ data: { roles: string[] } }>(`/users/${userId}/roles`, {
        method: 'PUT',
        body: { roleIds },
      }),
    onSuccess: (_data, { userId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: userRolesKey(userId) }),
        queryClient.invalidateQueries({ queryKey: ['access'] }),
      ]),
  })
}
