import { useInfiniteQuery } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import { useRecordType } from '@/shared/api/record-types'
import type { ListResponse } from '@/shared/api/types'
import type { Deal } from '../model/deal'

export const DEALS_PER_PAGE = 50

export function stageDealsKey(stageId: string, owner: string) {
  return ['stage-deals', stageId, owner] as const
}

export function useStageDeals(stageId: string, owner: string) {
  // Largest first, unless the user's roles hide amounts: then latest first.
  const { recordType } = useRecordType('opportunities')
  const byAmount = recordType?.fields.some((f) => f.name === 'amount')
  return useInfiniteQuery({
    queryKey: stageDealsKey(stageId, owner),
    enabled: recordType !== undefined,
    queryFn: ({ pageParam }) =>
      api<ListResponse<Deal>>('/opportunities', {
        query: {
          'filter[stage_id]': stageId,
          'filter[owner_id]': owner || undefined,
          include: 'account,owner',
          sort: byAmount ? '-amount' : '-updated_at',
          limit: DEALS_PER_PAGE,
          cursor: pageParam,
        },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.page.nextCursor ?? undefined,
  })
}
