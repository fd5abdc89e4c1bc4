import { findRecordType, useRecordTypes } from '@/shared/api/record-types'
import { recordTitle } from '@/shared/format/record-title'
import { useGlobalSearch } from './search-records'
import { searchedTypes } from './searched-types'

export interface SearchHit {
  plural: string
  id: string
  title: string
}

export interface SearchGroup {
  plural: string
  label: string
  hits: SearchHit[]
}

/** Results grouped by record type, and the same hits in one list. */
export function useSearchHits(q: string) {
  const types = useRecordTypes().data
  const searched = searchedTypes(types)
  const results = useGlobalSearch(searched, q)

  const groups: SearchGroup[] = searched
    .map((plural, index) => {
      const type = findRecordType(types, plural)
      const rows = results[index]?.data?.data ?? []
      const hits = rows.map((record) => ({
        plural,
        id: record.id,
        title: recordTitle(record, type?.titleField),
      }))
      return { plural, label: type?.pluralLabel ?? plural, hits }
    })
    .filter((group) => group.hits.length > 0)

  return {
    groups,
    hits: groups.flatMap((group) => group.hits),
    loading: results.some((result) => result.isPending),
  }
}
