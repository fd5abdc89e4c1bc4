import { createContext, useContext } from 'react'
import type { FieldMeta } from '@/shared/api/record-types'
import { includeName, isRelation } from '@/shared/api/ref-target'
import type { CrmRecord } from '@/shared/api/types'
import { recordTitle } from '@/shared/format/record-title'

const KnownTitles = createContext<ReadonlyMap<string, string>>(new Map())

export const KnownTitlesProvider = KnownTitles.Provider

/** Titles of related records the edited record came with, by id. */
export function useKnownTitles() {
  return useContext(KnownTitles)
}

/**
 * What include= embedded in the record being edited: its pickers show
 * those titles at once rather than asking for each record again.
 */
export function knownTitles(
  record: CrmRecord | undefined,
  fields: FieldMeta[],
): Map<string, string> {
  const titles = new Map<string, string>()
  if (!record) return titles

  for (const field of fields.filter(isRelation)) {
    const embedded = record[includeName(field)]
    const list = Array.isArray(embedded) ? embedded : [embedded]
    for (const item of list) {
      if (item && typeof item === 'object' && 'id' in item) {
        const related = item as CrmRecord
        titles.set(String(related.id), recordTitle(related))
      }
    }
  }
  return titles
}
