import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import type { Actor } from '../access/actor.js'
import { requireRecordAction, requireRowAction } from '../access/policy.js'
import { withCustomFields } from '../custom-fields/with-custom-fields.js'
import { requireRow } from '../records/get-record.js'
import { beforeInstant, toPage } from '../records/keyset-page.js'
import type { RecordType, Values } from '../records/record-type.js'

interface AuditRow {
  id: string
  at: string
  action: string
  changes: Record<string, unknown>
  reason_code: string
  actor_id: string | null
  actor_name: string | null
}

/** A record's history, newest first, one keyset page at a time. */
export async function listAudit(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  recordId: string,
  params: { limit: number; cursor?: string },
) {
  requireRecordAction(actor, 'view_audit', type)
  // Seeing the record is not enough: a share lends seeing, not its history,
  // and a role may reach fewer histories than records.
  const row = await requireRow(tx, actor, type, recordId)
  requireRowAction(actor, 'view_audit', type, row)
  // The history of fields the reader's roles hide is withheld with them.
  const seen = await withCustomFields(tx, actor, type)
  const hidden = new Set((seen.withheld ?? []).map((f) => f.name))
  const keyset = beforeInstant(params.cursor, 'a.at', 'a.id')
  const { rows } = await sql<AuditRow>`
    SELECT a.id, a.at, a.action, a.changes, a.reason_code, a.actor_id,
      u.name AS actor_name
    FROM audit_log a
    LEFT JOIN app_user u ON u.tenant_id = a.tenant_id AND u.id = a.actor_id
    WHERE a.tenant_id = ${actor.tenantId} AND a.record_type = ${type.name}
      AND a.record_id = ${recordId} ${keyset}
    ORDER BY a.at DESC, a.id DESC
    LIMIT ${params.limit + 1}`.execute(tx)

  return toPage(
    rows,
    params.limit,
    (row) => ({ value: row.at, id: row.id }),
    (row) => toEntry(row, hidden),
  )
}

function toEntry(row: AuditRow, hidden: Set<string>): Values {
  const changes = Object.fromEntries(
    Object.entries(row.changes).filter(([name]) => !hidden.has(name)),
  )
  return {
    id: row.id,
    at: row.at,
    action: row.action,
    actor: row.actor_id ? { id: row.actor_id, name: row.actor_name } : null,
    changes,
    reasonCode: row.reason_code,
  }
}
