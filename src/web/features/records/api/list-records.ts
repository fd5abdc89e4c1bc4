import { useInfiniteQuery } from '@tanstack/react-query'
import { api, type QueryParams } from '@/app/api-client'
import type { ListResponse } from '@/shared/api/types'

export async function listRecords(
  plural: string,
  params: QueryParams,
): Promise<ListResponse> {
  return api<ListResponse>(`/${plural}`, { query: params })
}

export function useRecordList(
  plural: string,
  params: QueryParams,
  enabled = true,
) {
  return useInfiniteQuery({
    queryKey: ['records', plural, params],
    queryFn: ({ pageParam }) =>
      listRecords(plural, { ...params, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.page.nextCursor ?? undefined,
    enabled,
  })
}
