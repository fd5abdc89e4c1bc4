import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import type { Region } from '@/shared/api/organisation'
import { invalidateOrganisation } from './invalidate-organisation'

export interface RegionInput {
  name: string
  manager_id: string | null
}

async function addRegion(input: RegionInput): Promise<Region> {
  const body = await api<{ data: Region }>('/regions', {
    method: 'POST',
    body: input,
  })
  return body.data
}

export function useAddRegion() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: addRegion,
    onSuccess: () => invalidateOrganisation(queryClient),
  })
}
