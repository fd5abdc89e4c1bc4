import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.js'
import { type Tx, withTenant } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor, UserRole } from '../access/actor.js'
import { requireRecordAction } from '../access/policy.js'
import { inTenantAs } from '../record-imports/in-tenant-as.js'
import { listRecords } from '../records/list-records.js'
import {
  type Column,
  exportColumns,
  exportRow,
  relationName,
} from './export-cells.js'
import { type ExportRow, requireExport } from './export-queries.js'
import { type ExportWriter, exportWriter } from './export-writer.js'
import { exportedType } from './start-export.js'

/** Records read and written per transaction. */
export const EXPORT_PAGE = 500

/** Who asked for the export, as they are now: the job reads as them. */
async function exporter(db: Db, tenantId: string, exportId: string) {
  const { rows } = await withTenant(db, tenantId, (tx) =>
    sql<{ id: string; role: UserRole }>`
      SELECT u.id, u.role FROM export e
      JOIN app_user u ON u.tenant_id = e.tenant_id AND u.id = e.created_by_id
      WHERE e.tenant_id = ${tenantId} AND e.id = ${exportId}
        AND u.status = 'active'`.execute(tx),
  )
  const user = rows[0]
  const actor: Actor | undefined = user && {
    tenantId,
    userId: user.id,
    role: user.role,
    via: 'token',
  }
  return actor
}

async function fail(db: Db, tenantId: string, exportId: string, why: string) {
  await withTenant(db, tenantId, (tx) =>
    sql`UPDATE export SET status = 'failed', error = ${why},
        finished_at = now()
      WHERE tenant_id = ${tenantId} AND id = ${exportId}
        AND status IN ('queued', 'running')`.execute(tx),
  )
}

interface Run {
  row: ExportRow
  columns: Column[]
  include: string
  writer: ExportWriter
  seq: number
  cursor: string | undefined
}

/** Starts over: a run after a crash writes the file again from its start. */
async function begin(tx: Tx, actor: Actor, id: string): Promise<Run | null> {
  const row = await requireExport(tx, actor, id, { forUpdate: true })
  if (row.status !== 'queued' && row.status !== 'running') return null
  const type = await exportedType(tx, actor, row.record_type)
  requireRecordAction(actor, 'export', type)
  const columns = exportColumns(type, row.view.fields, row.time_zone)
  const relations = columns.flatMap(({ field }) => {
    const name = field && relationName(field)
    return name ? [name] : []
  })
  await sql`DELETE FROM export_chunk
    WHERE tenant_id = ${actor.tenantId} AND export_id = ${id}`.execute(tx)
  await sql`UPDATE export SET status = 'running', started_at = now(),
      done_count = 0, byte_count = 0, error = NULL
    WHERE tenant_id = ${actor.tenantId} AND id = ${id}`.execute(tx)
  return {
    row,
    columns,
    include: relations.join(','),
    writer: exportWriter(
      row.format,
      columns.map((c) => c.header),
      type.labelPlural,
    ),
    seq: 0,
    cursor: undefined,
  }
}

/** One page: read as the user, written on, progress saved. */
async function step(tx: Tx, actor: Actor, run: Run): Promise<boolean> {
  const { row } = run
  const now = await requireExport(tx, actor, row.id, { forUpdate: true })
  if (now.status !== 'running') return false
  const type = await exportedType(tx, actor, row.record_type)
  requireRecordAction(actor, 'export', type)
  const page = await listRecords(tx, actor, type, {
    ...row.view,
    limit: EXPORT_PAGE,
    cursor: run.cursor,
    include: run.include || undefined,
  })
  const typed = row.format === 'xlsx'
  const cells = page.data.map((r) =>
    exportRow(run.columns, r, row.time_zone, typed),
  )
  const last = !page.page.nextCursor
  const data = Buffer.concat([
    await run.writer.write(cells),
    last ? await run.writer.finish() : Buffer.alloc(0),
  ])
  if (data.length > 0) {
    await sql`INSERT INTO export_chunk (tenant_id, export_id, seq, data)
      VALUES (${actor.tenantId}, ${row.id}, ${run.seq}, ${data})`.execute(tx)
    run.seq += 1
  }
  await sql`UPDATE export SET done_count = done_count + ${cells.length},
      byte_count = byte_count + ${data.length},
      status = ${last ? 'completed' : 'running'},
      finished_at = ${last ? sql`now()` : sql`NULL`}
    WHERE tenant_id = ${actor.tenantId} AND id = ${row.id}`.execute(tx)
  run.cursor = page.page.nextCursor ?? undefined
  return !last
}

/**
 * The export job: pages through the view as the user who asked, a page
 * per transaction, until the file is complete or the export cancelled.
 * A refusal (the user lost the right to export) fails the export with
 * its reason.
 */
export async function runExport(
  db: Db,
  tenantId: string,
  exportId: string,
): Promise<void> {
  const actor = await exporter(db, tenantId, exportId)
  if (!actor) {
    await fail(
      db,
      tenantId,
      exportId,
      'The user who asked for this export is no longer active',
    )
    return
  }
  try {
    const run = await inTenantAs(db, actor, (tx) => begin(tx, actor, exportId))
    if (!run) return
    while (await inTenantAs(db, actor, (tx) => step(tx, actor, run))) {
      // Each page commits on its own: progress shows as it is made.
    }
  } catch (error) {
    const why =
      error instanceof AppError
        ? error.message
        : `The export stopped: ${(error as Error).message}`
    await fail(db, tenantId, exportId, why)
  }
}
