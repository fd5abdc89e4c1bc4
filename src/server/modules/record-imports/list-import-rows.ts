import { sql } from 'kysely'
import { z } from 'zod'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import type { Actor } from '../access/actor.js'
import { requireImport } from './require-import.js'

export const ROW_STATUSES = [
  'staged',
  'ready',
  'rejected',
  'committed',
  'failed',
] as const

export const rowsQuerySchema = z.object({
  status: z.enum(ROW_STATUSES).optional(),
  /** The last line of the previous page. */
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
})

export type RowsQuery = z.infer<typeof rowsQuerySchema>

interface StagedRow {
  line: number
  cells: string[]
  status: (typeof ROW_STATUSES)[number]
  action: 'create' | 'update' | null
  values: Record<string, unknown> | null
  record_id: string | null
  duplicate_of: number | null
  reason: string | null
}

/** The rows of an import in line order, as they will be or were written. */
export async function listImportRows(
  tx: Tx,
  actor: Actor,
  importId: string,
  query: RowsQuery,
) {
  await requireImport(tx, actor, importId)
  const status = query.status ? sql`AND status = ${query.status}` : sql``
  const { rows } = await sql<StagedRow>`
    SELECT line, cells, status, action, "values", record_id, duplicate_of,
      reason
    FROM import_row
    WHERE tenant_id = ${actor.tenantId} AND import_id = ${importId}
      AND line > ${query.after} ${status}
    ORDER BY line LIMIT ${query.limit + 1}`.execute(tx)
  const page = rows.slice(0, query.limit)
  return {
    data: page.map((r) => ({
      line: r.line,
      status: r.status,
      action: r.action,
      recordId: r.record_id,
      values: r.values,
      duplicateOf: r.duplicate_of,
      reason: r.reason,
      cells: r.cells,
    })),
    page: {
      nextAfter: rows.length > query.limit ? page[page.length - 1].line : null,
    },
  }
}

/** Every refused row, in line order, a page at a time: for the CSV. */
export async function* rejectedRows(
  run: <T>(work: (tx: Tx) => Promise<T>) => Promise<T>,
  actor: Actor,
  importId: string,
) {
  let after = 0
  for (;;) {
    const { rows } = await run((tx) =>
      sql<{ line: number; cells: string[]; reason: string }>`
        SELECT line, cells, reason FROM import_row
        WHERE tenant_id = ${actor.tenantId} AND import_id = ${importId}
          AND status IN ('rejected', 'failed') AND line > ${after}
        ORDER BY line LIMIT 1000`.execute(tx),
    )
    if (rows.length === 0) return
    yield* rows
    after = rows[rows.length - 1].line
  }
}
