import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import { type Role, type RoleChange, rolesKey } from '@/shared/api/roles'

interface ChangeRoleInput {
  id: string
  change: RoleChange
}

async function changeRole({ id, change }: ChangeRoleInput): Promise<Role> {
  const body = await api<{ data: Role }>(`/roles/${id}`, {
    method: 'PATCH',
    body: change,
  })
  return body.data
}

export function useChangeRole() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: changeRole,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rolesKey }),
  })
}
