import { sql } from 'kysely'
import { fieldError } from '../../platform/http/errors.js'
import type { RecordType, Values, WriteContext } from './record-type.js'
import { refTarget } from './registry.js'
import { scopeSql } from './type-scope.js'

// The ids a write newly points a field at: those it held already passed.
function newIds(value: unknown, before: unknown): string[] {
  const ids = Array.isArray(value) ? value : [value]
  const held = new Set(Array.isArray(before) ? before : [before])
  return ids.filter((id) => id !== null && id !== undefined && !held.has(id))
}

/**
 * Every reference a write sets must point at a live record of the tenant.
 * FOR SHARE keeps those records from being deleted before this write
 * commits.
 */
export async function checkReferences(
  type: RecordType,
  values: Values,
  ctx: WriteContext,
): Promise<void> {
  for (const f of type.fields) {
    if ((f.type !== 'ref' && f.type !== 'refs') || !f.ref) continue
    if (!(f.name in values)) continue
    const ids = newIds(values[f.name], ctx.before?.[f.name])
    if (ids.length === 0) continue
    const target = refTarget(f.ref)
    const { rows } = await sql`
      SELECT r.id FROM ${sql.table(target.table)} r
      WHERE r.tenant_id = ${ctx.actor.tenantId}
        AND r.id IN (${sql.join(ids.map((id) => sql`${id}::uuid`))})
        AND r.deleted_at IS NULL AND ${scopeSql(target.scope, 'r')}
      FOR SHARE`.execute(ctx.tx)
    if (rows.length < ids.length) {
      throw fieldError(
        f.name,
        f.type === 'refs'
          ? 'Choose existing records'
          : 'Choose an existing record',
      )
    }
  }
}
