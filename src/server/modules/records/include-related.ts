import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { visibleRows } from '../access/policy.js'
import { splitList } from './list-params.js'
import type { RecordType, Values } from './record-type.js'
import { refTarget, targetRecordType } from './registry.js'
import { scopeSql } from './type-scope.js'

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
    // One relation (account_id → account) embeds a record; many
    // (partner_ids → partners) embed a list.
    const field = type.fields.find(
      (f) =>
        (f.type === 'ref' && f.name === `${relation}_id`) ||
        (f.type === 'refs' && f.name === `${relation.replace(/s$/, '')}_ids`),
    )
    if (!field?.ref) {
      throw new AppError('bad_request', {
        detail: `${type.labelPlural} have no relation "${relation}"`,
      })
    }
    const target = refTarget(field.ref)
    const ids = [
      ...new Set(rows.flatMap((r) => r[field.name] ?? []) as unknown[]),
    ]
    const related = new Map<unknown, Values>()
    if (ids.length > 0) {
      // Embedded records are held to what the actor may see, like lists.
      const targetType = targetRecordType(field.ref)
      const visible = targetType
        ? visibleRows(actor, targetType)
        : scopeSql(target.scope, 't')
      const { rows: found } = await sql<Values>`
        SELECT t.id, ${sql.ref(`t.${target.title}`)} AS name
        FROM ${sql.table(target.table)} t
        WHERE t.tenant_id = ${actor.tenantId}
          AND t.id IN (${sql.join(ids.map((id) => sql`${id}::uuid`))})
          AND ${visible}`.execute(tx)
      for (const r of found) related.set(r.id, r)
    }
    for (const row of rows) {
      const value = row[field.name]
      row[relation] = Array.isArray(value)
        ? value.flatMap((id) => related.get(id) ?? [])
        : (related.get(value) ?? null)
    }
  }
}
