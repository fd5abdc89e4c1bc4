import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import type { Actor } from './actor.js'
import type { FieldAccess, Rights } from './rights.js'

/**
 * The fields the user's roles hide or make read-only. Rights are a union:
 * a field stays editable when one of the roles has no rule for it, and
 * read-only wins over hidden.
 */
export async function loadFieldRules(
  tx: Tx,
  actor: Actor,
  roleKeys: string[],
): Promise<Rights['fields']> {
  if (roleKeys.length === 0) return {}
  const { rows } = await sql<{
    record_type: string
    field: string
    access: FieldAccess[]
    roles: number
  }>`
    SELECT f.record_type, f.field, array_agg(f.access) AS access,
      count(*)::int AS roles
    FROM field_rule f
    JOIN role r ON r.tenant_id = f.tenant_id AND r.id = f.role_id
    WHERE f.tenant_id = ${actor.tenantId} AND r.key IN (${sql.join(roleKeys)})
    GROUP BY f.record_type, f.field`.execute(tx)
  const fields: Rights['fields'] = {}
  for (const row of rows) {
    if (Number(row.roles) < roleKeys.length) continue
    const access = row.access.includes('read_only') ? 'read_only' : 'hidden'
    fields[row.record_type] ??= {}
    fields[row.record_type][row.field] = access
  }
  return fields
}
