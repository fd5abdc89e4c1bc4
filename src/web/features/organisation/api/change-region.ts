import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import type { Region } from '@/shared/api/organisation'
import type { RegionInput } from './add-region'
import { invalidateOrganisation } from './invalidate-organisation'

interface ChangeRegionInput {
  id: string
  change: Partial<RegionInput>
}

async function changeRegion({ id, change }: ChangeRegionInput) {
  const body = await api<{ data: Region }>(`/regions/${id}`, {
    method: 'PATCH',
    body: change,
  })
  return body.data
}

export function useChangeRegion() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: changeRegion,
    onSuccess: () => invalidateOrganisation(queryClient),
  })
}
