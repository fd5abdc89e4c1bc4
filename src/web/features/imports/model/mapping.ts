import type { Import } from '../api/imports'

/** The suggested field of each header that has one. */
export function suggestedColumns(view: Import): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [header, field] of Object.entries(view.suggestions)) {
    if (field) out[header] = field
  }
  return out
}

/** A saved mapping's columns, for the headers this file has. */
export function savedColumns(
  view: Import,
  columns: Record<string, string>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(columns).filter(([header]) => view.headers.includes(header)),
  )
}
