import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import type { Team } from '@/shared/api/organisation'
import type { TeamInput } from './add-team'
import { invalidateOrganisation } from './invalidate-organisation'

interface ChangeTeamInput {
  id: string
  change: Partial<TeamInput>
}

async function changeTeam({ id, change }: ChangeTeamInput) {
  const body = await api<{ data: Team }>(`/teams/${id}`, {
    method: 'PATCH',
    body: change,
  })
  return body.data
}

export function useChangeTeam() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: changeTeam,
    onSuccess: () => invalidateOrganisation(queryClient),
  })
}
