import { sql } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import { chunks } from '../../platform/db/batch-insert.js'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import type { Actor } from '../access/actor.js'

export type AuditAction = 'create' | 'update' | 'delete' | 'restore'

export type Changes = Record<string, { from: unknown; to: unknown }>

export interface AuditEntry {
  recordType: string
  recordId: string
  action: AuditAction
  changes: Changes
  reasonCode: string
}

/**
 * Appends audit entries in the caller's transaction, a batch of them per
 * statement (each entry takes nine parameters).
 */
export async function writeAudit(
  tx: Tx,
  actor: Actor,
  entries: AuditEntry[],
  requestId?: string,
): Promise<void> {
  for (const batch of chunks(entries)) {
    await appendBatch(tx, actor, batch, requestId)
  }
}

async function appendBatch(
  tx: Tx,
  actor: Actor,
  entries: AuditEntry[],
  requestId?: string,
) {
  const rows = entries.map(
    (e) => sql`(${actor.tenantId}, ${uuidv7()}, ${actor.userId},
      ${e.recordType}, ${e.recordId}, ${e.action},
      ${JSON.stringify(e.changes)}::jsonb, ${e.reasonCode}, ${requestId ?? null})`,
  )
  await sql`
    INSERT INTO audit_log (tenant_id, id, actor_id, record_type, record_id,
      action, changes, reason_code, request_id)
    VALUES ${sql.join(rows)}`.execute(tx)
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
}

/** The fields whose stored value differs between two versions of a row. */
export function diff(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  fields: string[],
): Changes {
  const changes: Changes = {}
  for (const name of fields) {
    if (!same(before[name], after[name])) {
      changes[name] = { from: before[name] ?? null, to: after[name] ?? null }
    }
  }
  return changes
}
