import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { splitList } from './list-params.js'
import type { RecordType, Values } from './record-type.js'
import { refTargets } from './registry.js'

/**
 * Embeds related records (`include=account,owner`) with one query per
 * relation, whatever the number of rows: never one query per row.
 */
export async function includeRelated(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  rows: Values[],
  include: string | undefined,
): Promise<void> {
  for (const relation of splitList(include)) {
    const field = type.fields.find(
      (f) => f.type === 'ref' && f.name === `${relation}_id`,
    )
    if (!field?.ref) {
      throw new AppError('bad_request', {
        detail: `${type.labelPlural} have no relation "${relation}"`,
      })
    }
    const target = refTargets[field.ref]
    const ids = [...new Set(rows.map((r) => r[field.name]).filter(Boolean))]
    const related = new Map<unknown, Values>()
    if (ids.length > 0) {
      const { rows: found } = await sql<Values>`
        SELECT id, ${sql.ref(target.title)} AS name
        FROM ${sql.table(target.table)}
        WHERE tenant_id = ${actor.tenantId} AND id IN (${sql.join(ids)})`.execute(
        tx,
      )
      for (const r of found) related.set(r.id, r)
    }
    for (const row of rows) {
      row[relation] = related.get(row[field.name]) ?? null
    }
  }
}
