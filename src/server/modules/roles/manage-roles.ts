import { sql } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import { translateConstraintError } from '../../platform/db/constraint-errors.js'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { requireAdminAction } from '../access/policy.js'
import { requireSomeoneManagesUsers } from '../access/require-user-manager.js'
import { writeAudit } from '../audit/write-audit.js'
import type { GrantInput, RoleChange, RoleInput } from './role-input.js'

interface RoleRow {
  id: string
  key: string
  name: string
  description: string | null
  builtIn: boolean
  abilities: string[]
  grants: GrantInput[]
}

const SELECT = sql`
  SELECT r.id, r.key, r.name, r.description, r.built_in AS "builtIn",
    r.abilities,
    coalesce((SELECT json_agg(json_build_object('recordType', g.record_type,
        'action', g.action, 'scope', g.scope)
        ORDER BY g.record_type, g.action)
      FROM role_grant g WHERE g.tenant_id = r.tenant_id AND g.role_id = r.id),
      '[]') AS grants
  FROM role r`

export async function listRoles(tx: Tx, actor: Actor): Promise<RoleRow[]> {
  const { rows } = await sql<RoleRow>`${SELECT}
    WHERE r.tenant_id = ${actor.tenantId} AND r.deleted_at IS NULL
    ORDER BY r.built_in DESC, r.name`.execute(tx)
  return rows
}

async function requireCustomRole(tx: Tx, actor: Actor, id: string) {
  const { rows } = await sql<RoleRow>`${SELECT}
    WHERE r.tenant_id = ${actor.tenantId} AND r.id = ${id}
      AND r.deleted_at IS NULL
    FOR UPDATE OF r`.execute(tx)
  const role = rows[0]
  if (!role) throw new AppError('not_found', { detail: `No role ${id}` })
  if (role.builtIn) {
    throw new AppError('conflict', {
      detail: 'Built-in roles stay as they are; copy one into a new role',
    })
  }
  return role
}

async function replaceGrants(
  tx: Tx,
  actor: Actor,
  roleId: string,
  grants: GrantInput[],
) {
  await sql`DELETE FROM role_grant
    WHERE tenant_id = ${actor.tenantId} AND role_id = ${roleId}`.execute(tx)
  if (grants.length === 0) return
  const rows = grants.map(
    (g) =>
      sql`(${actor.tenantId}, ${roleId}, ${g.recordType}, ${g.action}, ${g.scope})`,
  )
  await sql`INSERT INTO role_grant
      (tenant_id, role_id, record_type, action, scope)
    VALUES ${sql.join(rows)}
    ON CONFLICT (tenant_id, role_id, record_type, action)
      DO UPDATE SET scope = excluded.scope`.execute(tx)
}

/** Adds a role; its grants are what it allows, nothing else. */
export async function createRole(tx: Tx, actor: Actor, input: RoleInput) {
  requireAdminAction(actor, 'manage_settings')
  const id = uuidv7()
  await sql`INSERT INTO role (tenant_id, id, key, name, description, abilities)
    VALUES (${actor.tenantId}, ${id}, ${input.key}, ${input.name},
      ${input.description ?? null}, ${input.abilities}::text[])`
    .execute(tx)
    .catch((error) => translateConstraintError(error, 'role'))
  await replaceGrants(tx, actor, id, input.grants)
  await writeAudit(tx, actor, [
    {
      recordType: 'role',
      recordId: id,
      action: 'create',
      changes: { definition: { from: null, to: input } },
      reasonCode: 'role_defined',
    },
  ])
  return (await listRoles(tx, actor)).find((r) => r.id === id)
}

export async function changeRole(
  tx: Tx,
  actor: Actor,
  id: string,
  change: RoleChange,
) {
  requireAdminAction(actor, 'manage_settings')
  const before = await requireCustomRole(tx, actor, id)
  await sql`UPDATE role SET name = ${change.name ?? before.name},
      description = ${change.description ?? before.description},
      abilities = ${change.abilities ?? before.abilities}::text[],
      updated_at = now()
    WHERE tenant_id = ${actor.tenantId} AND id = ${id}`.execute(tx)
  if (change.grants) await replaceGrants(tx, actor, id, change.grants)
  await requireSomeoneManagesUsers(tx, actor)
  const { id: _, ...from } = before
  await writeAudit(tx, actor, [
    {
      recordType: 'role',
      recordId: id,
      action: 'update',
      changes: { definition: { from, to: { ...from, ...change } } },
      reasonCode: 'role_changed',
    },
  ])
  return (await listRoles(tx, actor)).find((r) => r.id === id)
}

/** Retires a role: whoever held it loses what it gave. */
export async function retireRole(tx: Tx, actor: Actor, id: string) {
  requireAdminAction(actor, 'manage_settings')
  const role = await requireCustomRole(tx, actor, id)
  await sql`UPDATE role SET deleted_at = now(), updated_at = now()
    WHERE tenant_id = ${actor.tenantId} AND id = ${id}`.execute(tx)
  await requireSomeoneManagesUsers(tx, actor)
  await writeAudit(tx, actor, [
    {
      recordType: 'role',
      recordId: id,
      action: 'delete',
      changes: { key: { from: role.key, to: null } },
      reasonCode: 'role_retired',
    },
  ])
}
