import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import type { AdminAction } from './abilities.js'
import type { Actor } from './actor.js'
import { BUILT_IN_ROLES, defaultRoleKey } from './built-in-roles.js'
import { loadFieldRules } from './load-field-rules.js'
import { reachOf } from './load-reach.js'
import { loadSharedTypes, loadViewGuards } from './load-view-guards.js'
import type { LoadedGrant, Rights } from './rights.js'

interface RoleRow {
  key: string
  name: string
  via: string
  abilities: string[]
}

/** The roles a user holds: their own and their team's, else the default. */
async function rolesOf(tx: Tx, actor: Actor): Promise<RoleRow[]> {
  const { rows } = await sql<RoleRow>`
    SELECT r.key, r.name, r.abilities, 'user' AS via
    FROM role_assignment ur JOIN role r ON r.tenant_id = ur.tenant_id
      AND r.id = ur.role_id
    WHERE ur.tenant_id = ${actor.tenantId} AND ur.user_id = ${actor.userId}
      AND r.deleted_at IS NULL
    UNION
    SELECT r.key, r.name, r.abilities, 'team' AS via
    FROM app_user u
    JOIN team_role tr ON tr.tenant_id = u.tenant_id AND tr.team_id = u.team_id
    JOIN role r ON r.tenant_id = tr.tenant_id AND r.id = tr.role_id
    WHERE u.tenant_id = ${actor.tenantId} AND u.id = ${actor.userId}
      AND r.deleted_at IS NULL`.execute(tx)
  if (rows.length > 0) return rows
  const key = defaultRoleKey(actor.role)
  const { rows: fallback } = await sql<RoleRow>`
    SELECT key, name, abilities, 'default' AS via FROM role
    WHERE tenant_id = ${actor.tenantId} AND key = ${key}`.execute(tx)
  return fallback
}

/** Loads what the actor may do, in the request's tenant transaction. */
export async function loadRights(tx: Tx, actor: Actor): Promise<Rights> {
  if (actor.via === 'system') return systemRights()
  const roles = await rolesOf(tx, actor)
  const keys = roles.map((r) => r.key)
  const { rows: grants } = await sql<LoadedGrant>`
    SELECT r.key AS "roleKey", r.name AS "roleName",
      g.record_type AS "recordType", g.action, g.scope
    FROM role_grant g JOIN role r ON r.tenant_id = g.tenant_id
      AND r.id = g.role_id
    WHERE g.tenant_id = ${actor.tenantId}
      AND r.key IN (${sql.join(keys.length > 0 ? keys : [''])})`.execute(tx)
  const reach = await reachOf(tx, actor)
  return {
    roles: roles.map(({ key, name, via }) => ({ key, name, via })),
    abilities: new Set(roles.flatMap((r) => r.abilities) as AdminAction[]),
    grants,
    reach,
    fields: await loadFieldRules(tx, actor, keys),
    viewGuards: await loadViewGuards(tx, actor, keys),
    sharedTypes: await loadSharedTypes(tx, actor, reach),
  }
}

/** Rapport itself (imports, seeding, jobs): everything. */
export function systemRights(): Rights {
  const admin = BUILT_IN_ROLES[0]
  return {
    roles: [{ key: admin.key, name: admin.name, via: 'system' }],
    abilities: new Set(admin.abilities),
    grants: admin.grants.map((g) => ({
      ...g,
      roleKey: admin.key,
      roleName: admin.name,
    })),
    reach: { me: null, teamId: null, team: [], region: [], manager: [] },
    fields: {},
    viewGuards: [],
    sharedTypes: new Set(),
  }
}
