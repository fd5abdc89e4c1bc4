import { sql } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import { hashPassword } from '../../src/server/modules/auth/passwords.js'
import type { Db } from '../../src/server/platform/db/database.js'
import { withTenant } from '../../src/server/platform/db/tenant-transaction.js'
import { PASSWORD } from './test-app.js'

let hashed: Promise<string> | undefined

export async function createUser(
  db: Db,
  tenantId: string,
  overrides: { email?: string; name?: string; role?: 'admin' | 'member' } = {},
) {
  hashed ??= hashPassword(PASSWORD)
  const id = uuidv7()
  const user = {
    id,
    email: overrides.email ?? `user-${id.slice(-8)}@acme.test`,
    name: overrides.name ?? `User ${id.slice(-4)}`,
    role: overrides.role ?? 'member',
  }
  await withTenant(db, tenantId, async (tx) =>
    sql`INSERT INTO app_user (tenant_id, id, email, name, role, password_hash)
      VALUES (${tenantId}, ${id}, ${user.email}, ${user.name}, ${user.role},
        ${await hashed})`.execute(tx),
  )
  return user
}
