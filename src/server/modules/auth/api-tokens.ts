import { sql } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import type { Db } from '../../platform/db/database.js'
import { type Tx, withTenant } from '../../platform/db/tenant-transaction.js'
import type { Actor, UserRole } from '../access/actor.js'
import { hashSecret, newSecret, splitCredential } from './secrets.js'

const TOKEN_PREFIX = 'rpt_'

/** Issues a token for scripts; the secret is shown once and kept hashed. */
export async function createApiToken(
  tx: Tx,
  actor: Actor,
  userId: string,
  name: string,
): Promise<{ id: string; token: string }> {
  const id = uuidv7()
  const secret = newSecret()
  await sql`INSERT INTO api_token (tenant_id, id, user_id, name, token_hash)
    VALUES (${actor.tenantId}, ${id}, ${userId}, ${name},
      ${hashSecret(secret)})`.execute(tx)
  return { id, token: `${TOKEN_PREFIX}${actor.tenantId}.${secret}` }
}

export async function resolveApiToken(
  db: Db,
  bearer: string | undefined,
): Promise<Actor | undefined> {
  const credential = splitCredential(bearer, TOKEN_PREFIX)
  if (!credential) return undefined
  const { tenantId, secret } = credential
  const { rows } = await withTenant(db, tenantId, (tx) =>
    sql<{ user_id: string; role: UserRole }>`
      UPDATE api_token t SET last_used_at = now()
      FROM app_user u
      WHERE t.tenant_id = ${tenantId} AND t.token_hash = ${hashSecret(secret)}
        AND t.revoked_at IS NULL AND u.tenant_id = t.tenant_id
        AND u.id = t.user_id AND u.status = 'active' AND u.deleted_at IS NULL
      RETURNING t.user_id, u.role`.execute(tx),
  )
  const row = rows[0]
  if (!row) return undefined
  return { tenantId, userId: row.user_id, role: row.role, via: 'token' }
}
