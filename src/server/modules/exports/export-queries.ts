import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import type { ExportView } from './export-input.js'

export interface ExportRow {
  id: string
  record_type: string
  format: 'csv' | 'xlsx'
  view: ExportView
  time_zone: string
  status: 'queued' | 'running' | 'completed' | 'failed' | 'cancelled'
  total_count: number | null
  done_count: number
  byte_count: string | number
  error: string | null
  created_by_id: string
  created_at: string
  started_at: string | null
  finished_at: string | null
}

/** What a client sees of an export. */
export function presentExport(row: ExportRow) {
  return {
    id: row.id,
    recordType: row.record_type,
    format: row.format,
    view: row.view,
    timeZone: row.time_zone,
    status: row.status,
    total: row.total_count,
    done: row.done_count,
    bytes: Number(row.byte_count),
    error: row.error,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  }
}

/** One of the actor's own exports; anyone else's answers 404. */
export async function requireExport(
  tx: Tx,
  actor: Actor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ExportRow> {
  const lock = options.forUpdate ? sql`FOR UPDATE` : sql``
  const { rows } = await sql<ExportRow>`
    SELECT * FROM export
    WHERE tenant_id = ${actor.tenantId} AND id = ${id}
      AND created_by_id = ${actor.userId} ${lock}`.execute(tx)
  if (!rows[0]) throw new AppError('not_found', { detail: `No export ${id}` })
  return rows[0]
}

/** The actor's latest exports, newest first. */
export async function listExports(tx: Tx, actor: Actor, limit = 20) {
  const { rows } = await sql<ExportRow>`
    SELECT * FROM export
    WHERE tenant_id = ${actor.tenantId} AND created_by_id = ${actor.userId}
    ORDER BY created_at DESC, id DESC LIMIT ${limit}`.execute(tx)
  return rows.map(presentExport)
}

/** Stops a queued or running export after the page in flight. */
export async function cancelExport(tx: Tx, actor: Actor, id: string) {
  const row = await requireExport(tx, actor, id, { forUpdate: true })
  if (row.status !== 'queued' && row.status !== 'running') {
    throw new AppError('conflict', {
      detail: `This export is ${row.status}; only a queued or running one can be cancelled`,
    })
  }
  await sql`UPDATE export SET status = 'cancelled', finished_at = now()
    WHERE tenant_id = ${actor.tenantId} AND id = ${id}`.execute(tx)
  await sql`DELETE FROM export_chunk
    WHERE tenant_id = ${actor.tenantId} AND export_id = ${id}`.execute(tx)
}
