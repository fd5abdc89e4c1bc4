import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import {
  requireRecordAction,
  SHARE_KEY,
  shareAccessSql,
  visibleRows,
} from '../access/policy.js'
import { withCustomFields } from '../custom-fields/with-custom-fields.js'
import { selectedFields, selectList } from './columns.js'
import { includeRelated } from './include-related.js'
import type { RecordParams } from './list-params.js'
import { project } from './list-records.js'
import type { RecordType, Values } from './record-type.js'

/** Reads one stored row, deleted or not, if the actor may see it. */
export async function findRow(
  tx: Tx,
  actor: Actor,
  baseType: RecordType,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<Values | undefined> {
  const type = await withCustomFields(tx, actor, baseType)
  const lock = options.forUpdate ? sql`FOR UPDATE` : sql``
  // Fields the actor may not see are read too: guards may ask about them.
  const names = [...type.fields, ...(type.withheld ?? [])].map((f) => f.name)
  const { rows } = await sql<Values>`
    SELECT ${selectList(type, names)},
      ${shareAccessSql(actor, type)} AS ${sql.id(SHARE_KEY)}
    FROM ${sql.table(type.table)} t
    WHERE t.id = ${id} AND ${visibleRows(actor, type)}
    ${lock}`.execute(tx)
  return rows[0]
}

export async function requireRow(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<Values> {
  const row = await findRow(tx, actor, type, id, options)
  if (!row) {
    throw new AppError('not_found', { detail: `No ${type.label} ${id}` })
  }
  return row
}

export async function getRecord(
  tx: Tx,
  actor: Actor,
  baseType: RecordType,
  id: string,
  params: RecordParams = {},
): Promise<Values> {
  const type = await withCustomFields(tx, actor, baseType)
  requireRecordAction(actor, 'view', type)
  const fields = selectedFields(type, params.fields)
  const row = await requireRow(tx, actor, type, id)
  await includeRelated(tx, actor, type, [row], params.include)
  return project(row, fields, params.include)
}
