import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import { type Role, type RoleInput, rolesKey } from '@/shared/api/roles'

async function addRole(input: RoleInput): Promise<Role> {
  const body = await api<{ data: Role }>('/roles', {
    method: 'POST',
    body: input,
  })
  return body.data
}

export function useAddRole() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: addRole,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rolesKey }),
  })
}
