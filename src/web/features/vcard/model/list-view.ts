import type { QueryParams } from '@/app/api-client'

/**
 * The part of a list's query that picks and orders its contacts: the
 * filter, search and sort; not its page, columns or trash view.
 */
export function listView(query: QueryParams): QueryParams {
  return Object.fromEntries(
    Object.entries(query).filter(
      ([key]) => key === 'q' || key === 'sort' || key.startsWith('filter['),
    ),
  )
}
