import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.js'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { BUILT_IN_ROLES } from './built-in-roles.js'

/**
 * Brings the built-in roles of one workspace, or of every workspace when
 * run by the owner at start, in line with their definitions here: they are
 * created when missing and their grants replaced. Roles administrators made
 * are left alone.
 */
export async function ensureBuiltInRoles(
  db: Db | Tx,
  tenantId?: string,
): Promise<void> {
  const tenants = tenantId
    ? sql`SELECT ${tenantId}::uuid AS id`
    : sql`SELECT id FROM tenant`
  const roles = BUILT_IN_ROLES.map(
    (r) =>
      sql`(${r.key}, ${r.name}, ${r.description}, ${sql`${r.abilities}::text[]`})`,
  )
  await sql`
    INSERT INTO role (tenant_id, id, key, name, description, built_in,
      abilities)
    SELECT t.id, gen_random_uuid(), r.key, r.name, r.description, true,
      r.abilities
    FROM (${tenants}) t
    CROSS JOIN (VALUES ${sql.join(roles)}) AS r (key, name, description,
      abilities)
    ON CONFLICT (tenant_id, key) DO UPDATE SET name = excluded.name,
      description = excluded.description, abilities = excluded.abilities,
      built_in = true, deleted_at = NULL`.execute(db)

  const only = tenantId ? sql`AND r.tenant_id = ${tenantId}` : sql``
  await sql`
    DELETE FROM role_grant g USING role r
    WHERE g.tenant_id = r.tenant_id AND g.role_id = r.id AND r.built_in
      ${only}`.execute(db)
  const grants = BUILT_IN_ROLES.flatMap((r) =>
    r.grants.map(
      (g) => sql`(${r.key}, ${g.recordType}, ${g.action}, ${g.scope})`,
    ),
  )
  await sql`
    INSERT INTO role_grant (tenant_id, role_id, record_type, action, scope)
    SELECT r.tenant_id, r.id, g.record_type, g.action, g.scope
    FROM role r
    JOIN (VALUES ${sql.join(grants)}) AS g (key, record_type, action, scope)
      ON g.key = r.key
    WHERE r.built_in ${only}
    ON CONFLICT (tenant_id, role_id, record_type, action)
      DO UPDATE SET scope = excluded.scope`.execute(db)
}
