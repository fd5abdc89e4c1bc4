import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import { teamsKey } from '@/shared/api/organisation'
import { type User, usersKey } from '@/shared/api/users'

export interface UserChange {
  title: string | null
  role: User['role']
  status: 'active' | 'disabled'
  team_id: string | null
  manager_id: string | null
}

interface ChangeUserInput {
  id: string
  change: Partial<UserChange>
}

async function changeUser({ id, change }: ChangeUserInput): Promise<User> {
  const body = await api<{ data: User }>(`/users/${id}`, {
    method: 'PATCH',
    body: change,
  })
  return body.data
}

/** A user's place and access changes what they and others reach. */
export function useChangeUser() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: changeUser,
    onSuccess: () =>
      Promise.all(
        [usersKey, teamsKey, ['access'], ['user-roles']].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  })
}
