import { sql } from 'kysely'
import { fieldError } from '../../platform/http/errors.js'
import type { RecordType, Values, WriteContext } from './record-type.js'
import { refTarget } from './registry.js'
import { scopeSql } from './type-scope.js'

/**
 * Every reference a write sets must point at a live record of the tenant.
 * FOR SHARE keeps that record from being deleted before this write commits.
 */
export async function checkReferences(
  type: RecordType,
  values: Values,
  ctx: WriteContext,
): Promise<void> {
  for (const f of type.fields) {
    const id = values[f.name]
    if (f.type !== 'ref' || !f.ref || id === null || id === undefined) continue
    if (ctx.before && ctx.before[f.name] === id) continue
    const target = refTarget(f.ref)
    const { rows } = await sql`
      SELECT 1 FROM ${sql.table(target.table)} r
      WHERE r.tenant_id = ${ctx.actor.tenantId} AND r.id = ${id}
        AND r.deleted_at IS NULL AND ${scopeSql(target.scope, 'r')}
      FOR SHARE`.execute(ctx.tx)
    if (rows.length === 0) {
      throw fieldError(f.name, 'Choose an existing record')
    }
  }
}
