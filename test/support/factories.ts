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

/** A region, a team in it and its manager links, written directly. */
export async function createTeam(
  db: Db,
  tenantId: string,
  input: { name: string; regionId?: string; managerId?: string },
) {
  const id = uuidv7()
  await withTenant(db, tenantId, (tx) =>
    sql`INSERT INTO team (tenant_id, id, name, region_id, manager_id)
      VALUES (${tenantId}, ${id}, ${input.name}, ${input.regionId ?? null},
        ${input.managerId ?? null})`.execute(tx),
  )
  return id
}

export async function createRegion(
  db: Db,
  tenantId: string,
  input: { name: string; managerId?: string },
) {
  const id = uuidv7()
  await withTenant(db, tenantId, (tx) =>
    sql`INSERT INTO region (tenant_id, id, name, manager_id)
      VALUES (${tenantId}, ${id}, ${input.name}, ${input.managerId ?? null})`.execute(
      tx,
    ),
  )
  return id
}

/** Puts a user in a team and under a manager. */
export async function placeUser(
  db: Db,
  tenantId: string,
  userId: string,
  place: { teamId?: string | null; managerId?: string | null },
) {
  await withTenant(db, tenantId, (tx) =>
    sql`UPDATE app_user SET team_id = ${place.teamId ?? null},
        manager_id = ${place.managerId ?? null}
      WHERE tenant_id = ${tenantId} AND id = ${userId}`.execute(tx),
  )
}
