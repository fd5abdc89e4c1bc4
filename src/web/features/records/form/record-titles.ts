import { type QueryClient, useQueries } from '@tanstack/react-query'
import { getRecord } from '@/shared/api/get-record'
import type { RecordType } from '@/shared/api/record-types'
import { recordTitle } from '@/shared/format/record-title'

// Titles only, apart from the full records, so that a title known from
// a search or from include= can stand in without a partial record
// taking a full record's place in the cache.
function titleKey(plural: string, id: string) {
  return ['record-title', plural, id] as const
}

/** Remembers a title the page already has, so no request asks for it. */
export function seedTitle(
  client: QueryClient,
  plural: string,
  id: string,
  title: string,
) {
  client.setQueryData(titleKey(plural, id), title)
}

/**
 * The titles of chosen records: those the form already knows, then
 * those in the cache; any other is fetched once.
 */
export function useRecordTitles(
  type: RecordType,
  ids: string[],
  known: ReadonlyMap<string, string> = new Map(),
) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: titleKey(type.plural, id),
      queryFn: async () =>
        recordTitle(await getRecord(type.plural, id), type.titleField),
      enabled: !known.has(id),
      staleTime: 5 * 60_000,
    })),
    combine: (results) =>
      ids.map((id, index) => ({
        id,
        title: known.get(id) ?? results[index]?.data ?? '…',
      })),
  })
}
