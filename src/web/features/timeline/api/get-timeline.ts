import { useInfiniteQuery } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import type { ListResponse } from '@/shared/api/types'

export type ActivityType = 'call' | 'email' | 'meeting' | 'task' | 'note'

export interface Activity {
  id: string
  type: ActivityType
  subject: string
  body: string | null
  occurred_at: string
  due_at: string | null
  completed_at: string | null
  owner?: { id: string; name: string } | null
  created_by?: { id: string; name: string } | null
}

export function timelineKey(plural: string, id: string) {
  return ['timeline', plural, id] as const
}

export function useTimeline(plural: string, id: string) {
  return useInfiniteQuery({
    queryKey: timelineKey(plural, id),
    queryFn: ({ pageParam }) =>
      api<ListResponse<Activity>>(`/${plural}/${id}/timeline`, {
        query: { cursor: pageParam, limit: 20 },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.page.nextCursor ?? undefined,
  })
}
