import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import { withCustomFields } from '../custom-fields/with-custom-fields.js'
import { requireRow } from '../records/get-record.js'
import type { RecordType, Values } from '../records/record-type.js'
import type { Actor } from './actor.js'
import { requireGuardsPass } from './guard-rules.js'
import { editableRows, owningEnds } from './policy.js'

/**
 * Refuses to add, change, delete or restore a link unless the actor may
 * change every record that owns it: a product line changes its deal, so a
 * deal shared for reading gains no lines, and a deal a guard rule keeps
 * from being changed keeps its lines. Each row is a state of the link
 * (before and after a change), so moving a line takes both deals.
 */
export async function requireLinkEndsEditable(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  ...rows: Values[]
): Promise<void> {
  for (const { column, end } of owningEnds(type)) {
    const ids = [...new Set(rows.map((row) => row[column]))].filter(
      (id): id is string => typeof id === 'string',
    )
    if (ids.length === 0) continue
    const { rows: found } = await sql`
      SELECT t.id FROM ${sql.table(end.table)} t
      WHERE t.id IN (${sql.join(ids.map((id) => sql`${id}::uuid`))})
        AND ${editableRows(actor, end)}`.execute(tx)
    if (found.length < ids.length) {
      throw new AppError('forbidden', {
        detail: `You may not change the ${end.label.toLowerCase()} this ${type.label.toLowerCase()} belongs to`,
      })
    }
    // A guard on the whole record, or on its links by their type's name.
    const guarded = await withCustomFields(tx, actor, end)
    for (const id of ids) {
      const row = await requireRow(tx, actor, guarded, id)
      await requireGuardsPass(tx, actor, guarded, 'edit', row, [type.name])
    }
  }
}
