import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import type { ImportSettings } from './import-settings.js'

export type ImportStatus =
  | 'uploading'
  | 'uploaded'
  | 'previewing'
  | 'previewed'
  | 'queued'
  | 'committing'
  | 'completed'
  | 'cancelled'
  | 'failed'

export interface ImportRow {
  tenant_id: string
  id: string
  record_type: string
  file_name: string | null
  status: ImportStatus
  encoding: string | null
  delimiter: string | null
  headers: string[]
  row_count: number
  settings: ImportSettings | null
  revision: number
  ready_count: number
  rejected_count: number
  committed_line: number
  done_count: number
  created_count: number
  updated_count: number
  failed_count: number
  error: string | null
  created_by_id: string | null
  created_at: Date
  started_at: Date | null
  finished_at: Date | null
  undone_at: Date | null
}

/**
 * An import the actor may work with: their own, or any in the workspace
 * for an administrator. A staged file holds whatever its uploader sent,
 * so nobody else reads it.
 */
export async function requireImport(
  tx: Tx,
  actor: Actor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ImportRow> {
  const mine =
    actor.role === 'admin' ? sql`true` : sql`created_by_id = ${actor.userId}`
  const { rows } = await sql<ImportRow>`
    SELECT * FROM import
    WHERE tenant_id = ${actor.tenantId} AND id = ${id} AND ${mine}
    ${options.forUpdate ? sql`FOR UPDATE` : sql``}`.execute(tx)
  if (!rows[0]) throw new AppError('not_found', { detail: `No import ${id}` })
  return rows[0]
}

export function requireStatus(
  row: ImportRow,
  allowed: ImportStatus[],
  doing: string,
): void {
  if (allowed.includes(row.status)) return
  throw new AppError('conflict', {
    detail: `This import is ${row.status}; it cannot ${doing} now`,
  })
}

/** The import as the API shows it. */
export function importSummary(row: ImportRow) {
  return {
    id: row.id,
    recordType: row.record_type,
    fileName: row.file_name,
    status: row.status,
    encoding: row.encoding,
    delimiter: row.delimiter,
    headers: row.headers,
    rowCount: row.row_count,
    settings: row.settings,
    revision: row.revision,
    readyCount: row.ready_count,
    rejectedCount: row.rejected_count,
    progress: {
      done: row.done_count,
      total: row.ready_count,
      created: row.created_count,
      updated: row.updated_count,
      failed: row.failed_count,
    },
    error: row.error,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    undoneAt: row.undone_at,
  }
}
