import { useQuery } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import { getAccess, type HeldRole } from '@/shared/api/access'
import type { ListResponse } from '@/shared/api/types'

export const userRolesKey = (userId: string) => ['user-roles', userId] as const

// TODO(users list): the server's user list does not name each user's
// roles, so they are read from the access explanation of any one record
// the administrator can see; the roles do not depend on the record.
async function anyAccount(): Promise<string | null> {
  const body = await api<ListResponse>('/accounts', { query: { limit: 1 } })
  return body.data[0]?.id ?? null
}

async function getUserRoles(userId: string): Promise<HeldRole[] | null> {
  const probe = await anyAccount()
  if (!probe) return null
  return (await getAccess('accounts', probe, userId)).roles
}

/** The user's roles and where each comes from; null when unknown. */
export function useUserRoles(userId: string, enabled: boolean) {
  return useQuery({
    queryKey: userRolesKey(userId),
    queryFn: () => getUserRoles(userId),
    enabled,
  })
}
