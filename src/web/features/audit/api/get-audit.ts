import { useInfiniteQuery } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import type { ListResponse } from '@/shared/api/types'

export interface AuditChange {
  from: unknown
  to: unknown
}

export interface AuditEntry {
  id: string
  at: string
  actor: { id: string; name: string } | null
  action: string
  changes: Record<string, AuditChange> | null
  reasonCode: string | null
}

export function useAudit(plural: string, id: string) {
  return useInfiniteQuery({
    queryKey: ['audit', plural, id],
    queryFn: ({ pageParam }) =>
      api<ListResponse<AuditEntry>>(`/${plural}/${id}/audit`, {
        query: { cursor: pageParam },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.page.nextCursor ?? undefined,
  })
}
