import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { api } from '@/app/api-client'

// The duplicates API, as the server spells it.

export const DUPLICATE_TYPES = ['account', 'contact', 'lead'] as const
export type DuplicateType = (typeof DUPLICATE_TYPES)[number]

export interface Reason {
  kind: 'email' | 'phone' | 'domain' | 'company' | 'name'
  field: string
  text: string
}

export interface Candidate {
  id: string
  title: string
  fields: Record<string, unknown>
  score: number
  reasons: Reason[]
}

export interface PairSide {
  id: string
  fields: Record<string, unknown>
}

export interface DuplicatePair {
  record: PairSide
  other: PairSide
  score: number
  reasons: Reason[]
}

interface PairPage {
  data: DuplicatePair[]
  page: { limit: number; nextCursor: string | null }
  upToDate: boolean
}

export type PairStatus = 'open' | 'dismissed'

export const duplicatesKey = ['duplicates'] as const

export function useRecordDuplicates(plural: string, id: string) {
  return useQuery({
    queryKey: [...duplicatesKey, 'record', plural, id],
    queryFn: () =>
      api<{ data: Candidate[]; upToDate: boolean }>(
        `/${plural}/${id}/duplicates`,
      ),
  })
}

export function useDuplicatePairs(type: DuplicateType, status: PairStatus) {
  return useInfiniteQuery({
    queryKey: [...duplicatesKey, 'pairs', type, status],
    queryFn: ({ pageParam }) =>
      api<PairPage>('/duplicates', {
        query: { type, status, cursor: pageParam, limit: 25 },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.page.nextCursor ?? undefined,
  })
}
