import type { QueryParams } from '@/app/api-client'
import type { ExportView } from '../api/exports'

const FILTER = /^filter\[([^\]]+)\](?:\[([^\]]+)\])?$/

/** A list's query as an export's view: the same filter, search and sort. */
export function exportView(query: QueryParams, fields: string[]): ExportView {
  const filter: NonNullable<ExportView['filter']> = {}
  for (const [key, value] of Object.entries(query)) {
    const match = FILTER.exec(key)
    if (!match || value === undefined || value === null || value === '') {
      continue
    }
    const [, field = '', op] = match
    if (!op) filter[field] = String(value)
    else {
      const ops = filter[field]
      filter[field] = {
        ...(typeof ops === 'object' ? ops : {}),
        [op]: String(value),
      }
    }
  }
  return {
    filter: Object.keys(filter).length > 0 ? filter : undefined,
    sort: typeof query.sort === 'string' ? query.sort : undefined,
    q: typeof query.q === 'string' && query.q ? query.q : undefined,
    fields: fields.join(','),
  }
}

/** The browser's time zone, which the file's dates and times are in. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}
