import { useQueries } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import type { ListResponse } from '@/shared/api/types'

export const SEARCHED = ['accounts', 'contacts', 'opportunities', 'leads']

export function useGlobalSearch(q: string) {
  return useQueries({
    queries: SEARCHED.map((plural) => ({
      queryKey: ['search', plural, q],
      queryFn: () =>
        api<ListResponse>(`/${plural}`, { query: { q, limit: 5 } }),
      enabled: q.length > 0,
      staleTime: 30_000,
    })),
  })
}
