import { createReadStream } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { openCsv } from '../../src/server/platform/files/read-csv.js'

const DATA = join(import.meta.dirname, '../../../shared/data')
const LOADER = join(DATA, 'csv_edge_cases/salesforce_dataloader')

async function read(source: AsyncIterable<Buffer | Uint8Array>) {
  const csv = await openCsv(source)
  const records = []
  for await (const r of csv.records) records.push(r)
  return { encoding: csv.encoding, delimiter: csv.delimiter, records }
}

const file = (name: string) => read(createReadStream(join(LOADER, name)))
const bytes = (b: Buffer, chunk = 7) =>
  Readable.from(
    (function* () {
      for (let i = 0; i < b.length; i += chunk) yield b.subarray(i, i + chunk)
    })(),
  )

describe('reading a CSV file', () => {
  it('gives the same table for every byte order mark and encoding', async () => {
    const plain = await file('csvtext.csv')
    expect(plain.records.map((r) => r.cells)).toEqual([
      ['column1', 'column2', 'column3'],
      ['row1-1', 'row1-2', 'row1-3'],
      ['row2-1', 'row2-2', 'row2-3'],
    ])
    const variants = {
      'csvtext_BOM_UTF8.csv': 'utf-8',
      'csvtext_BOM_UTF16LE.csv': 'utf-16le',
      'csvtext_BOM_UTF16BE.csv': 'utf-16be',
      'csvtext_BOM_UTF32LE.csv': 'utf-32le',
      'csvtext_BOM_UTF32BE.csv': 'utf-32be',
    }
    for (const [name, encoding] of Object.entries(variants)) {
      const read = await file(name)
      expect(read.encoding, name).toBe(encoding)
      expect(read.records, name).toEqual(plain.records)
    }
  })

  it('reads Windows-1252 when the bytes are not UTF-8', async () => {
    const text = 'name;city\r\nRenée Müller;Zürich\r\n€uro GmbH;Köln\r\n'
    const read = await readBytes(iconv.encode(text, 'windows-1252'))
    expect(read.encoding).toBe('windows-1252')
    expect(read.delimiter).toBe(';')
    expect(read.records.map((r) => r.cells)).toEqual([
      ['name', 'city'],
      ['Renée Müller', 'Zürich'],
      ['€uro GmbH', 'Köln'],
    ])
  })

  it('keeps UTF-8 cut anywhere between chunks', async () => {
    const text = 'name\tnote\n"Ünal, Çağrı"\t"日本語\nzweite Zeile"\n'
    const read = await readBytes(Buffer.from(text), 1)
    expect(read.delimiter).toBe('\t')
    expect(read.records[1].cells).toEqual([
      'Ünal, Çağrı',
      '日本語\nzweite Zeile',
    ])
  })

  it('numbers records by the line they start on, past multi-line cells and blank lines', async () => {
    const text = 'a,b\r\n"one\r\ntwo\r\nthree",1\r\n\r\nx,2\r\n"y",3'
    const read = await readBytes(Buffer.from(text))
    expect(read.records.map((r) => r.line)).toEqual([1, 2, 6, 7])
  })

  it('unescapes doubled quotes and keeps a delimiter inside quotes', async () => {
    const quotes = await file('csvEscapedQuotes.csv')
    expect(quotes.records[1].cells).toEqual(['"The Best" Account', 'bla'])
    const sep = await file('csvSeparator.csv')
    expect(sep.delimiter).toBe(',')
    expect(sep.records[0].cells).toEqual(['column1', 'column2!some', 'column3'])
  })

  it('reads every Salesforce export as one header and rows of its width', async () => {
    for (const name of [
      'Account',
      'Contact',
      'Lead',
      'Opportunity',
      'OpportunityContactRole',
    ]) {
      const path = join(DATA, 'crm_exports/salesforce_amaxa', `${name}.csv`)
      const read = await readStream(path)
      const width = read.records[0].cells.length
      expect(read.records.length, name).toBeGreaterThan(1)
      for (const r of read.records) expect(r.cells.length, name).toBe(width)
    }
  })
})

function readBytes(b: Buffer, chunk?: number) {
  return read(bytes(b, chunk))
}

function readStream(path: string) {
  return read(createReadStream(path))
}
