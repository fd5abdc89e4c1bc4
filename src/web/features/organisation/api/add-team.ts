import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import type { Team } from '@/shared/api/organisation'
import { invalidateOrganisation } from './invalidate-organisation'

export interface TeamInput {
  name: string
  region_id: string | null
  manager_id: string | null
}

async function addTeam(input: TeamInput): Promise<Team> {
  const body = await api<{ data: Team }>('/teams', {
    method: 'POST',
    body: input,
  })
  return body.data
}

export function useAddTeam() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: addTeam,
    onSuccess: () => invalidateOrganisation(queryClient),
  })
}
