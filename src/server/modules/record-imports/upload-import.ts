import { sql } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import { insertRows } from '../../platform/db/batch-insert.js'
import type { Db } from '../../platform/db/database.js'
import { withTenant } from '../../platform/db/tenant-transaction.js'
import { type CsvRecord, openCsv } from '../../platform/files/read-csv.js'
import { isZip, readXlsx } from '../../platform/files/read-xlsx.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { requireRecordAction } from '../access/policy.js'
import { cachedRights } from '../access/rights-cache.js'
import { findWorkspaceType } from '../custom-objects/workspace-types.js'
import { type ImportRow, requireImport } from './require-import.js'

// Rows staged per transaction: each batch is one multi-row INSERT.
const STAGE_BATCH = 1000
const MAX_HEADERS = 500

/** Header names made unique, so a mapping names one column each. */
function uniqueHeaders(cells: string[]): string[] {
  const seen = new Map<string, number>()
  return cells.slice(0, MAX_HEADERS).map((cell, i) => {
    const base = cell.trim() || `Column ${i + 1}`
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    return n === 1 ? base : `${base} (${n})`
  })
}

export interface UploadInput {
  recordType: string
  fileName?: string
  body: AsyncIterable<Buffer>
}

async function startImport(db: Db, actor: Actor, input: UploadInput) {
  const id = uuidv7()
  await withTenant(db, actor.tenantId, async (tx) => {
    actor.rights ??= await cachedRights(tx, actor)
    const type = await findWorkspaceType(tx, actor, input.recordType)
    if (!type) {
      throw new AppError('validation_failed', {
        detail: `There is no record type named "${input.recordType}"`,
      })
    }
    requireRecordAction(actor, 'import', type)
    requireRecordAction(actor, 'create', type)
    await sql`INSERT INTO import (tenant_id, id, record_type, file_name,
        status, created_by_id)
      VALUES (${actor.tenantId}, ${id}, ${type.name},
        ${input.fileName ?? null}, 'uploading', ${actor.userId})`.execute(tx)
  })
  return id
}

function stage(db: Db, actor: Actor, importId: string, batch: CsvRecord[]) {
  const rows = batch.map((r) => ({
    tenant_id: actor.tenantId,
    import_id: importId,
    line: r.line,
    cells: JSON.stringify(r.cells),
  }))
  return withTenant(db, actor.tenantId, (tx) =>
    insertRows(tx, 'import_row', Object.keys(rows[0]), rows),
  )
}

function csvError(error: unknown): AppError | undefined {
  const e = error as { code?: string; lines?: number; message?: string }
  if (!e.code?.startsWith('CSV_')) return undefined
  return new AppError('validation_failed', {
    detail: `The file cannot be read as CSV near line ${e.lines}: ${e.message}`,
  })
}

async function finish(
  db: Db,
  actor: Actor,
  id: string,
  set: Record<string, unknown>,
) {
  const sets = Object.entries(set).map(([k, v]) => sql`${sql.ref(k)} = ${v}`)
  await withTenant(db, actor.tenantId, (tx) =>
    sql`UPDATE import SET ${sql.join(sets)}, updated_at = now()
      WHERE tenant_id = ${actor.tenantId} AND id = ${id}`.execute(tx),
  )
}

/** The file's first bytes, and the whole file again from its start. */
async function peek(body: AsyncIterable<Buffer>) {
  const iterator = body[Symbol.asyncIterator]()
  const first = await iterator.next()
  const head = first.done ? Buffer.alloc(0) : Buffer.from(first.value)
  async function* again() {
    yield head
    for (let n = await iterator.next(); !n.done; n = await iterator.next()) {
      yield Buffer.from(n.value)
    }
  }
  return { head, body: again() }
}

interface TableFile {
  encoding: string | null
  delimiter: string | null
  records: AsyncIterable<CsvRecord>
}

/** A CSV file, or the first sheet of an XLSX workbook. */
async function openTable(source: AsyncIterable<Buffer>): Promise<TableFile> {
  const { head, body } = await peek(source)
  if (isZip(head)) {
    return { encoding: 'xlsx', delimiter: null, records: readXlsx(body) }
  }
  return openCsv(body)
}

/**
 * Reads a CSV file or XLSX workbook as it arrives and stages its rows in the database, a
 * batch per transaction, so no more than a batch is held in memory. The
 * first record is the header.
 */
export async function uploadImport(
  db: Db,
  actor: Actor,
  input: UploadInput,
): Promise<ImportRow> {
  const id = await startImport(db, actor, input)
  try {
    const csv = await openTable(input.body)
    let headers: string[] | undefined
    let batch: CsvRecord[] = []
    let count = 0
    for await (const record of csv.records) {
      if (!headers) {
        headers = uniqueHeaders(record.cells)
        continue
      }
      batch.push(record)
      count += 1
      if (batch.length >= STAGE_BATCH) {
        await stage(db, actor, id, batch)
        batch = []
      }
    }
    if (!headers) {
      throw new AppError('validation_failed', { detail: 'The file is empty' })
    }
    if (batch.length > 0) await stage(db, actor, id, batch)
    // Fresh statistics, or the planner takes a staged file for a few rows
    // and scans all of it for each batch of the preview and the commit.
    // As the connecting (owner) role, outside any tenant.
    await sql`ANALYZE import_row`.execute(db)
    await finish(db, actor, id, {
      status: 'uploaded',
      headers: JSON.stringify(headers),
      row_count: count,
      encoding: csv.encoding,
      delimiter: csv.delimiter,
    })
  } catch (error) {
    const known = csvError(error) ?? error
    const message = known instanceof AppError ? known.message : 'Upload failed'
    await finish(db, actor, id, { status: 'failed', error: message })
    throw known
  }
  return withTenant(db, actor.tenantId, (tx) => requireImport(tx, actor, id))
}
