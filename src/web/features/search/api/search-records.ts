import { useQueries } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import type { ListResponse } from '@/shared/api/types'

/** One query per record type, answered in the order of `plurals`. */
export function useGlobalSearch(plurals: string[], q: string) {
  return useQueries({
    queries: plurals.map((plural) => ({
      queryKey: ['search', plural, q],
      queryFn: () =>
        api<ListResponse>(`/${plural}`, { query: { q, limit: 5 } }),
      enabled: q.length > 0,
      staleTime: 30_000,
    })),
  })
}
