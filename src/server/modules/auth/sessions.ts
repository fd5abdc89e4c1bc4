import { sql } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import type { Db } from '../../platform/db/database.js'
import { type Tx, withTenant } from '../../platform/db/tenant-transaction.js'
import type { Actor, UserRole } from '../access/actor.js'
import { hashSecret, newSecret, splitCredential } from './secrets.js'

export const SESSION_COOKIE = 'rapport_session'
const SESSION_PREFIX = 's.'

export async function createSession(
  db: Db,
  tenantId: string,
  userId: string,
  days: number,
): Promise<string> {
  const secret = newSecret()
  await withTenant(db, tenantId, (tx) =>
    sql`INSERT INTO session (tenant_id, id, token_hash, user_id, expires_at)
      VALUES (${tenantId}, ${uuidv7()}, ${hashSecret(secret)}, ${userId},
        now() + make_interval(days => ${days}))`.execute(tx),
  )
  return `${SESSION_PREFIX}${tenantId}.${secret}`
}

/** The signed-in user behind a session cookie, if it is still valid. */
export async function resolveSession(
  db: Db,
  cookie: string | undefined,
): Promise<Actor | undefined> {
  const credential = splitCredential(cookie, SESSION_PREFIX)
  if (!credential) return undefined
  const { tenantId, secret } = credential
  const { rows } = await withTenant(db, tenantId, (tx) =>
    sql<{ user_id: string; role: UserRole }>`
      SELECT s.user_id, u.role FROM session s
      JOIN app_user u ON u.tenant_id = s.tenant_id AND u.id = s.user_id
      WHERE s.tenant_id = ${tenantId} AND s.token_hash = ${hashSecret(secret)}
        AND s.expires_at > now() AND u.status = 'active'
        AND u.deleted_at IS NULL`.execute(tx),
  )
  const row = rows[0]
  if (!row) return undefined
  return { tenantId, userId: row.user_id, role: row.role, via: 'session' }
}

export async function endSession(db: Db, cookie: string | undefined) {
  const credential = splitCredential(cookie, SESSION_PREFIX)
  if (!credential) return
  await withTenant(db, credential.tenantId, (tx) =>
    sql`DELETE FROM session WHERE tenant_id = ${credential.tenantId}
      AND token_hash = ${hashSecret(credential.secret)}`.execute(tx),
  )
}

/** Ends every session of a user, in the caller's transaction. */
export async function endUserSessions(
  tx: Tx,
  tenantId: string,
  userId: string,
) {
  await sql`DELETE FROM session
    WHERE tenant_id = ${tenantId} AND user_id = ${userId}`.execute(tx)
}
