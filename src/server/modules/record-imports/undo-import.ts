import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { requireGuardsPass } from '../access/guard-rules.js'
import { allowsOnRow, requireRecordAction } from '../access/policy.js'
import { type AuditEntry, writeAudit } from '../audit/write-audit.js'
import type { RecordType, Values } from '../records/record-type.js'
import { scopeSql } from '../records/type-scope.js'
import { importType } from './import-type.js'
import { requireImport, requireStatus } from './require-import.js'

export const UNDO_REASON = 'import_undo'

const UNDO_BATCH = 500

// Deletes one batch of the import's live created records after `after`.
async function undoBatch(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  importId: string,
  after: number,
) {
  const { rows } = await sql<Values & { line: number }>`
    SELECT t.*, l.line FROM import_record l
    JOIN ${sql.table(type.table)} t
      ON t.tenant_id = l.tenant_id AND t.id = l.record_id
    WHERE l.tenant_id = ${actor.tenantId} AND l.import_id = ${importId}
      AND l.line > ${after} AND l.action = 'create'
      AND t.deleted_at IS NULL AND ${scopeSql(type.scope, 't')}
    ORDER BY l.line LIMIT ${UNDO_BATCH}
    FOR UPDATE OF t`.execute(tx)
  if (rows.length === 0) return { deleted: 0, last: null }
  const refused = rows.filter((r) => !allowsOnRow(actor, 'delete', type, r))
  if (refused.length > 0) {
    throw new AppError('forbidden', {
      detail: `You may not delete some of the ${type.labelPlural.toLowerCase()} this import created, e.g. the one from line ${refused[0].line}`,
    })
  }
  for (const r of rows) await requireGuardsPass(tx, actor, type, 'delete', r)
  const ids = rows.map((r) => r.id as string)
  const { rows: deleted } = await sql<{ id: string; deleted_at: Date }>`
    UPDATE ${sql.table(type.table)}
    SET deleted_at = clock_timestamp(), updated_at = clock_timestamp()
    WHERE tenant_id = ${actor.tenantId} AND id = ANY(${ids}::uuid[])
    RETURNING id, deleted_at`.execute(tx)
  const entries: AuditEntry[] = deleted.map((d) => ({
    recordType: type.name,
    recordId: d.id,
    action: 'delete',
    changes: { deleted_at: { from: null, to: d.deleted_at } },
    reasonCode: UNDO_REASON,
  }))
  await writeAudit(tx, actor, entries)
  return { deleted: deleted.length, last: rows[rows.length - 1].line }
}

/**
 * Soft-deletes every record the import created that is still live, each
 * with its audit entry; they can be restored one by one like any deleted
 * record. Records the import changed keep their changes. All or nothing:
 * one transaction, read a batch at a time so memory stays flat.
 */
export async function undoImport(tx: Tx, actor: Actor, importId: string) {
  const row = await requireImport(tx, actor, importId, { forUpdate: true })
  requireStatus(row, ['completed', 'cancelled'], 'be undone')
  if (row.undone_at) {
    throw new AppError('conflict', { detail: 'This import is undone already' })
  }
  const type = await importType(tx, actor, row)
  requireRecordAction(actor, 'delete', type)
  let deleted = 0
  for (let after: number | null = 0; after !== null; ) {
    const batch = await undoBatch(tx, actor, type, importId, after)
    deleted += batch.deleted
    after = batch.last
  }
  await sql`UPDATE import SET undone_at = now(), updated_at = now()
    WHERE tenant_id = ${actor.tenantId} AND id = ${importId}`.execute(tx)
  return { deleted, kept: row.updated_count }
}
