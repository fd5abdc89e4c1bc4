import { PassThrough } from 'node:stream'
import { stringify } from 'csv-stringify/sync'
import ExcelJS from 'exceljs'
import type { Cell } from './export-cells.js'

/** Writes an export's file a batch of rows at a time. */
export interface ExportWriter {
  /** Adds rows; the bytes of the file made so far and not yet taken. */
  write(rows: Cell[][]): Promise<Buffer>
  /** Ends the file; its last bytes. */
  finish(): Promise<Buffer>
}

export const FILE_KINDS = {
  csv: { extension: 'csv', contentType: 'text/csv; charset=utf-8' },
  xlsx: {
    extension: 'xlsx',
    contentType:
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
} as const

const BOM = '\ufeff'

/** UTF-8 with a byte order mark, so spreadsheets read it as UTF-8. */
function csvWriter(headers: string[]): ExportWriter {
  let started = false
  return {
    async write(rows) {
      const text = stringify(started ? rows : [headers, ...rows], {
        record_delimiter: '\r\n',
        cast: { boolean: (b) => (b ? 'true' : 'false') },
      })
      const bytes = Buffer.from(started ? text : BOM + text, 'utf8')
      started = true
      return bytes
    },
    async finish() {
      return started ? Buffer.alloc(0) : this.write([])
    },
  }
}

/** A streamed workbook: rows leave memory as they are written. */
function xlsxWriter(headers: string[], sheetName: string): ExportWriter {
  const stream = new PassThrough()
  const made: Buffer[] = []
  stream.on('data', (chunk: Buffer) => made.push(chunk))
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: false,
    useSharedStrings: false,
  })
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31))
  sheet.addRow(headers).commit()
  const take = () => Buffer.concat(made.splice(0))
  return {
    async write(rows) {
      for (const row of rows) sheet.addRow(row).commit()
      // Let the zip stream hand over what it has compressed.
      await new Promise((resolve) => setImmediate(resolve))
      return take()
    },
    async finish() {
      sheet.commit()
      await workbook.commit()
      return take()
    },
  }
}

export function exportWriter(
  format: keyof typeof FILE_KINDS,
  headers: string[],
  sheetName: string,
): ExportWriter {
  return format === 'xlsx' ? xlsxWriter(headers, sheetName) : csvWriter(headers)
}
