import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError, fieldError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { type AuditEntry, writeAudit } from '../audit/write-audit.js'

const TABLES = { user: 'app_user', team: 'team', region: 'region' } as const

type Kind = keyof typeof TABLES

/**
 * Takes the workspace's organisation lock for the rest of the transaction.
 * Changes to teams, regions and managers run one after another, so two at
 * once cannot make a manager cycle or two teams of one name.
 */
export async function lockOrganisation(tx: Tx, actor: Actor): Promise<void> {
  const key = `organisation:${actor.tenantId}`
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(
    tx,
  )
}

/** Refuses a reference to a user, team or region that is gone or never was. */
export async function requireLive(
  tx: Tx,
  actor: Actor,
  kind: Kind,
  id: string | null | undefined,
  field: string,
): Promise<void> {
  if (!id) return
  const { rows } = await sql`SELECT 1 FROM ${sql.table(TABLES[kind])}
    WHERE tenant_id = ${actor.tenantId} AND id = ${id}
      AND deleted_at IS NULL`.execute(tx)
  if (rows.length === 0) throw fieldError(field, `Choose an existing ${kind}`)
}

/** Two live teams, or two live regions, never share a name. */
export async function requireFreeName(
  tx: Tx,
  actor: Actor,
  kind: 'team' | 'region',
  name: string | undefined,
  exceptId: string | null = null,
): Promise<void> {
  if (name === undefined) return
  const { rows } = await sql`SELECT 1 FROM ${sql.table(TABLES[kind])}
    WHERE tenant_id = ${actor.tenantId} AND deleted_at IS NULL
      AND lower(name) = lower(${name})
      AND id IS DISTINCT FROM ${exceptId}::uuid`.execute(tx)
  if (rows.length === 0) return
  const message = `A ${kind} named “${name}” already exists`
  throw new AppError('conflict', {
    detail: message,
    errors: [{ field: 'name', message }],
  })
}

/**
 * Keeps a change in the audit log, in the changing transaction; the write
 * itself moves the workspace's access version on (a trigger does).
 */
export async function recordChange(
  tx: Tx,
  actor: Actor,
  entry: AuditEntry,
): Promise<void> {
  await writeAudit(tx, actor, [entry])
}
