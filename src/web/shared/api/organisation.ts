import { useQuery } from '@tanstack/react-query'
import { api } from '@/app/api-client'

// The sales organisation as the server lists it: regions, and teams that
// may sit in one. Users name their team by `team_id`.

export interface Region {
  id: string
  name: string
  manager_id: string | null
  team_count: number
}

export interface Team {
  id: string
  name: string
  region_id: string | null
  manager_id: string | null
  member_count: number
}

export const regionsKey = ['regions'] as const
export const teamsKey = ['teams'] as const

export function useRegions() {
  return useQuery({
    queryKey: regionsKey,
    queryFn: async () => (await api<{ data: Region[] }>('/regions')).data,
  })
}

export function useTeams() {
  return useQuery({
    queryKey: teamsKey,
    queryFn: async () => (await api<{ data: Team[] }>('/teams')).data,
  })
}
