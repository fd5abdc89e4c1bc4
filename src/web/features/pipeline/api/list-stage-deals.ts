import { useInfiniteQuery } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import type { ListResponse } from '@/shared/api/types'
import type { Deal } from '../model/deal'

export const DEALS_PER_PAGE = 50

export function stageDealsKey(stageId: string, owner: string) {
  return ['stage-deals', stageId, owner] as const
}

export function useStageDeals(stageId: string, owner: string) {
  return useInfiniteQuery({
    queryKey: stageDealsKey(stageId, owner),
    queryFn: ({ pageParam }) =>
      api<ListResponse<Deal>>('/opportunities', {
        query: {
          'filter[stage_id]': stageId,
          'filter[owner_id]': owner || undefined,
          include: 'account,owner',
          sort: '-amount',
          limit: DEALS_PER_PAGE,
          cursor: pageParam,
        },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.page.nextCursor ?? undefined,
  })
}
