// A file exported from Rapport starts with each record's id, under the
// header "Rapport ID". Mapped to `id`, it is the key of an upsert: the
// row updates the record of that id, and never creates one.

export const RECORD_ID = 'id'
export const RECORD_ID_HEADER = 'Rapport ID'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The id a cell holds, lower case, or a reason it holds none. */
export function parseRecordId(
  cell: string,
): { id: string } | { reason: string } {
  const text = cell.trim().toLowerCase()
  if (UUID.test(text)) return { id: text }
  return { reason: `${RECORD_ID_HEADER}: not an id Rapport gave a record` }
}
