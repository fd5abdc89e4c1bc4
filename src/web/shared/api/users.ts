import { useQuery } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import type { ListResponse } from './types'

export interface User {
  id: string
  name: string
  email: string
  title: string | null
  role: 'admin' | 'member'
  status: 'active' | 'invited' | 'disabled'
  manager_id: string | null
  team_id: string | null
}

export const usersKey = ['users'] as const

async function listUsers(): Promise<User[]> {
  const body = await api<ListResponse<User>>('/users', {
    query: { limit: 200 },
  })
  return body.data
}

export function useUsers({ enabled = true } = {}) {
  return useQuery({
    queryKey: usersKey,
    queryFn: listUsers,
    staleTime: 5 * 60_000,
    enabled,
  })
}
