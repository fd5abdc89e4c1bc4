import type { RecordType, Values } from '../records/record-type.js'
import type { ImportSettings } from './import-settings.js'
import { parseCell, Rejection } from './parse-cell.js'
import { parseRecordId, RECORD_ID } from './record-id-key.js'

export type Staged = { input: Values; key: string | null } | { reason: string }

/** The key as compared: trimmed text, case aside. */
export function keyText(value: unknown): string | null {
  if (value === undefined || value === null) return null
  const text = String(value).trim().toLowerCase()
  return text === '' ? null : text
}

/** A staged row's cells as the typed input of a record, by the mapping. */
export function stageValues(
  type: RecordType,
  headers: string[],
  cells: string[],
  settings: ImportSettings,
): Staged {
  if (cells.length > headers.length) {
    return {
      reason: `The row has ${cells.length} cells; the header has ${headers.length}`,
    }
  }
  if (cells.every((c) => c.trim() === '')) return { reason: 'The row is empty' }
  const input: Values = {}
  const problems: string[] = []
  let recordId: string | null = null
  headers.forEach((header, i) => {
    const name = settings.columns[header]
    if (name === RECORD_ID) {
      const parsed = parseRecordId(cells[i] ?? '')
      if ('reason' in parsed) problems.push(parsed.reason)
      else recordId = parsed.id
      return
    }
    const f = name ? type.fields.find((x) => x.name === name) : undefined
    if (!f) return
    const value = parseCell(f, cells[i] ?? '', settings.format)
    if (value instanceof Rejection)
      problems.push(`${f.label}: ${value.message}`)
    else if (value !== undefined) input[f.name] = value
  })
  if (problems.length > 0) return { reason: problems.join('; ') }
  // The id is the key only: it is never written.
  const key =
    settings.key === RECORD_ID
      ? recordId
      : settings.key
        ? keyText(input[settings.key])
        : null
  return { input, key }
}
