import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { AppError } from '../http/errors.js'
import type { CsvRecord } from './read-csv.js'

// Workbooks are zip files: they start with a local file header.
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04])

export function isZip(head: Buffer): boolean {
  return head.subarray(0, 4).equals(ZIP_MAGIC)
}

const pad = (n: number) => String(n).padStart(2, '0')

/** A date cell as the importer reads dates: a day, or an instant in UTC. */
function dateText(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
  const midnight =
    date.getUTCHours() === 0 &&
    date.getUTCMinutes() === 0 &&
    date.getUTCSeconds() === 0
  return midnight ? day : date.toISOString()
}

type Value = ExcelJS.CellValue

/** A cell's value as the text a CSV file would hold. */
export function cellText(value: Value): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return dateText(value)
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('')
    if ('formula' in value || 'sharedFormula' in value) {
      return cellText((value as { result?: Value }).result ?? null)
    }
    if ('text' in value) return String(value.text)
    if ('error' in value) return ''
    return ''
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  return String(value)
}

/**
 * The first worksheet of an XLSX workbook, row by row as it is read: the
 * line of a record is its row number. Shared strings are the one part
 * kept whole, as the format needs them to read any cell.
 */
export async function* readXlsx(
  source: AsyncIterable<Buffer>,
): AsyncIterable<CsvRecord> {
  try {
    yield* firstSheet(source)
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('validation_failed', {
      detail: `The file cannot be read as an Excel workbook: ${(error as Error).message}`,
    })
  }
}

async function* firstSheet(source: AsyncIterable<Buffer>) {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(source), {
    entries: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
  })
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const values = (row.values as Value[]).slice(1)
      const cells = Array.from(values, (v) => cellText(v ?? null))
      if (cells.every((c) => c.trim() === '')) continue
      yield { line: row.number, cells }
    }
    return
  }
}
