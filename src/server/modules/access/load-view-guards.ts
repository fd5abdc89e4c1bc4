import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { customFieldsOf } from '../custom-fields/with-custom-fields.js'
import { workspaceTypes } from '../custom-objects/workspace-types.js'
import type { Actor } from './actor.js'
import { conditionFields } from './conditions.js'
import type { Reach, ViewGuard } from './rights.js'

/** The guards on seeing records that none of these roles is excepted from. */
export async function loadViewGuards(
  tx: Tx,
  actor: Actor,
  roleKeys: string[],
): Promise<ViewGuard[]> {
  const { rows } = await sql<Omit<ViewGuard, 'fields'>>`
    SELECT name, record_type AS "recordType", condition AS "when", within,
      except_roles AS "exceptRoles"
    FROM guard_rule
    WHERE tenant_id = ${actor.tenantId} AND action = 'view'
      AND deleted_at IS NULL
    ORDER BY record_type, name`.execute(tx)
  const guards = rows.filter(
    (g) => !g.exceptRoles.some((k) => roleKeys.includes(k)),
  )
  if (guards.length === 0) return []
  // Each guard keeps the definitions of the fields it reads, so it compiles
  // the same way on every path, whatever fields the reader may see.
  const types = await workspaceTypes(tx, actor)
  const loaded: ViewGuard[] = []
  for (const guard of guards) {
    const base = types.find((t) => t.name === guard.recordType)
    if (!base) continue
    const all = [
      ...base.fields,
      ...(base.customizable ? await customFieldsOf(tx, actor, base.name) : []),
    ]
    const read = new Set(conditionFields(guard.when))
    loaded.push({ ...guard, fields: all.filter((f) => read.has(f.name)) })
  }
  return loaded
}

/** Record types with a live share to the user or their team. */
export async function loadSharedTypes(
  tx: Tx,
  actor: Actor,
  reach: Reach,
): Promise<Set<string>> {
  if (!reach.me) return new Set()
  const { rows } = await sql<{ record_type: string }>`
    SELECT DISTINCT record_type FROM record_share
    WHERE tenant_id = ${actor.tenantId}
      AND (user_id = ${reach.me} OR team_id = ${reach.teamId})
      AND (expires_at IS NULL OR expires_at > now())`.execute(tx)
  return new Set(rows.map((r) => r.record_type))
}
