import { Readable } from 'node:stream'
import { parse } from 'csv-parse'
import iconv from 'iconv-lite'
import { type Delimiter, detectDelimiter } from './detect-delimiter.js'
import { detectEncoding, type TextEncoding } from './detect-encoding.js'

// Enough of a file to tell its encoding and read its header.
const SAMPLE_BYTES = 64 * 1024

export interface CsvRecord {
  /** The physical line the record starts on, 1 for the first. */
  line: number
  cells: string[]
}

export interface CsvFile {
  encoding: TextEncoding
  delimiter: Delimiter
  /** Every record of the file, the header first, read as it arrives. */
  records: AsyncIterable<CsvRecord>
}

async function readSample(source: AsyncIterator<Buffer>) {
  const chunks: Buffer[] = []
  let length = 0
  while (length < SAMPLE_BYTES) {
    const next = await source.next()
    if (next.done) return { sample: Buffer.concat(chunks), done: true }
    const chunk = Buffer.from(next.value)
    chunks.push(chunk)
    length += chunk.length
  }
  return { sample: Buffer.concat(chunks), done: false }
}

async function* rest(
  first: Buffer,
  source: AsyncIterator<Buffer>,
  done: boolean,
) {
  yield first
  if (done) return
  for (let next = await source.next(); !next.done; next = await source.next()) {
    yield next.value
  }
}

// Lines a record spans: one, plus the line breaks inside quoted cells.
function linesSpanned(cells: string[]): number {
  let lines = 1
  for (const cell of cells) {
    const breaks = cell.match(/\r\n|\r|\n/g)
    if (breaks) lines += breaks.length
  }
  return lines
}

async function* numbered(parser: AsyncIterable<ParsedRecord>) {
  let nextLine = 1
  let emptyLines = 0
  for await (const { record, info } of parser) {
    // Empty lines are skipped; csv-parse counts them as it goes.
    const line = nextLine + (info.empty_lines - emptyLines)
    emptyLines = info.empty_lines
    nextLine = line + linesSpanned(record)
    yield { line, cells: record }
  }
}

interface ParsedRecord {
  record: string[]
  info: { empty_lines: number }
}

/**
 * Opens a CSV byte stream: detects its encoding and delimiter from the
 * first bytes, then parses records as the bytes arrive, so a file of any
 * length is read in constant memory. Quoted cells may span lines.
 */
export async function openCsv(
  source: AsyncIterable<Buffer | Uint8Array>,
): Promise<CsvFile> {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>
  const { sample, done } = await readSample(iterator)
  const { encoding, bomLength } = detectEncoding(sample)
  const head = iconv.decode(sample.subarray(bomLength), encoding, {
    stripBOM: false,
  })
  const delimiter = detectDelimiter(head)

  const decoded = Readable.from(
    rest(sample.subarray(bomLength), iterator, done),
  ).pipe(iconv.decodeStream(encoding, { stripBOM: false }))
  const parser = decoded.pipe(
    parse({
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }),
  )
  decoded.on('error', (error) => parser.destroy(error))
  return { encoding, delimiter, records: numbered(parser) }
}
