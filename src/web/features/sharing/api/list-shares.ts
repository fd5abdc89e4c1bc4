import { useQuery } from '@tanstack/react-query'
import { api } from '@/app/api-client'

export type ShareAccess = 'read' | 'edit'

interface Named {
  id: string
  name: string
}

/** One share of a record: with a user or with a team, never both. */
export interface Share {
  id: string
  user: Named | null
  team: Named | null
  access: ShareAccess
  expiresAt: string | null
  createdAt: string
}

export const sharesKey = (plural: string, id: string) =>
  ['shares', plural, id] as const

async function listShares(plural: string, id: string): Promise<Share[]> {
  const body = await api<{ data: Share[] }>(`/${plural}/${id}/shares`)
  return body.data
}

/** The live shares of a record; ended and lapsed ones are gone. */
export function useShares(plural: string, id: string) {
  return useQuery({
    queryKey: sharesKey(plural, id),
    queryFn: () => listShares(plural, id),
  })
}
