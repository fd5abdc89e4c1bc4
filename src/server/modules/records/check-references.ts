import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { fieldError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { visibleRows } from '../access/policy.js'
import type { RecordType, Values, WriteContext } from './record-type.js'
import { refTarget, targetRecordType } from './registry.js'
import { scopeSql } from './type-scope.js'

// The ids a write newly points a field at: those it held already passed.
function newIds(value: unknown, before: unknown): string[] {
  const ids = Array.isArray(value) ? value : [value]
  const held = new Set(Array.isArray(before) ? before : [before])
  return ids.filter((id) => id !== null && id !== undefined && !held.has(id))
}

/**
 * How many of these ids are live records of the target that the actor
 * may see. A record beyond their reach counts as missing, so a write
 * neither tells it apart from an id that does not exist nor hangs a
 * record from it. FOR SHARE keeps them from being deleted before the
 * write commits.
 */
export async function countReachable(
  tx: Tx,
  actor: Actor,
  targetName: string,
  ids: string[],
): Promise<number> {
  const target = refTarget(targetName)
  const type = targetRecordType(targetName)
  const visible = type ? visibleRows(actor, type) : sql`true`
  const { rows } = await sql`
    SELECT t.id FROM ${sql.table(target.table)} t
    WHERE t.tenant_id = ${actor.tenantId}
      AND t.id IN (${sql.join(ids.map((id) => sql`${id}::uuid`))})
      AND t.deleted_at IS NULL AND ${scopeSql(target.scope, 't')}
      AND ${visible}
    FOR SHARE`.execute(tx)
  return rows.length
}

/** Every reference a write sets must point at a record the actor sees. */
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
    const found = await countReachable(ctx.tx, ctx.actor, f.ref, ids)
    if (found < ids.length) {
      throw fieldError(
        f.name,
        f.type === 'refs'
          ? 'Choose existing records'
          : 'Choose an existing record',
      )
    }
  }
}
