import type { InfiniteData } from '@tanstack/react-query'
import type { CrmRecord, ListResponse } from '@/shared/api/types'

export type CardPages = InfiniteData<ListResponse> | undefined

export function withoutCard(pages: CardPages, id: string): CardPages {
  if (!pages) return pages
  return {
    ...pages,
    pages: pages.pages.map((page) => ({
      ...page,
      data: page.data.filter((record) => record.id !== id),
    })),
  }
}

/** The moved card on top of its new column until the server answers. */
export function withCard(pages: CardPages, record: CrmRecord): CardPages {
  if (!pages) return pages
  const [first, ...rest] = pages.pages
  if (!first) return pages
  return {
    ...pages,
    pages: [{ ...first, data: [record, ...first.data] }, ...rest],
  }
}
