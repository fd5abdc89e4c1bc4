import { type RawBuilder, sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { requireRecordAction, visibleRows } from '../access/policy.js'
import { withCustomFields } from '../custom-fields/with-custom-fields.js'
import { selectedFields, selectList } from './columns.js'
import { decodeCursor, idField } from './cursor.js'
import { fieldSql } from './field-sql.js'
import { escapeLike, filterPredicates } from './filters.js'
import { includeRelated } from './include-related.js'
import { afterCursor, orderBy, parseSort } from './keyset.js'
import { type KeysetPage, toPage } from './keyset-page.js'
import type { ListParams } from './list-params.js'
import type { RecordType, Values } from './record-type.js'

export type Page = KeysetPage<Values>

const SEARCHED_TYPES = ['text', 'email', 'phone']

export function searchPredicate(
  type: RecordType,
  q: string,
): RawBuilder<unknown> {
  if (type.searchColumns.length === 0) {
    throw new AppError('bad_request', {
      detail: `${type.labelPlural} cannot be searched`,
    })
  }
  // From three characters on, text matches anywhere in a value ("group"
  // finds "Marks Group"); shorter text matches the start. Under row-level
  // security PostgreSQL cannot use an index for LIKE (it is not leakproof),
  // so either form reads the workspace's rows of this type.
  const text = escapeLike(q.toLowerCase())
  const pattern = q.length >= 3 ? `%${text}%` : `${text}%`
  // Custom text, email and phone fields are searched like built-in ones.
  const custom = type.fields.filter(
    (f) => f.custom && !f.computed && SEARCHED_TYPES.includes(f.type),
  )
  const matches = [
    ...type.searchColumns.map((c) => sql.ref(`t.${c}`)),
    ...custom.map((f) => fieldSql(f)),
  ].map((value) => sql`lower(${value}) LIKE ${pattern}`)
  return sql`(${sql.join(matches, sql` OR `)})`
}

/** Which records a list shows: those the actor may see that match it. */
function listConditions(
  actor: Actor,
  type: RecordType,
  params: ListParams,
): RawBuilder<unknown>[] {
  const where = [
    visibleRows(actor, type),
    params.deleted === 'only'
      ? sql`t.deleted_at IS NOT NULL`
      : sql`t.deleted_at IS NULL`,
    ...filterPredicates(type, params.filter, actor),
  ]
  if (params.q) where.push(searchPredicate(type, params.q))
  return where
}

/** How many records a list would show the actor, over all its pages. */
export async function countRecords(
  tx: Tx,
  actor: Actor,
  baseType: RecordType,
  params: ListParams,
): Promise<number> {
  const type = await withCustomFields(tx, actor, baseType)
  requireRecordAction(actor, 'view', type)
  const where = listConditions(actor, type, params)
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM ${sql.table(type.table)} t
    WHERE ${sql.join(where, sql` AND `)}`.execute(tx)
  return Number(rows[0].n)
}

/** One keyset page of the records the actor may see. */
export async function listRecords(
  tx: Tx,
  actor: Actor,
  baseType: RecordType,
  params: ListParams,
): Promise<Page> {
  const type = await withCustomFields(tx, actor, baseType)
  requireRecordAction(actor, 'view', type)
  const sort = parseSort(type, params.sort)
  const fields = selectedFields(type, params.fields)

  const where = listConditions(actor, type, params)
  if (params.cursor) {
    const field = type.fields.find((f) => f.name === sort.field) ?? idField
    where.push(afterCursor(sort, decodeCursor(params.cursor, field)))
  }

  const { rows } = await sql<Values>`
    SELECT ${selectList(type, [...fields, sort.field])}
    FROM ${sql.table(type.table)} t
    WHERE ${sql.join(where, sql` AND `)}
    ORDER BY ${orderBy(sort)}
    LIMIT ${params.limit + 1}`.execute(tx)

  const page = toPage(
    rows,
    params.limit,
    (row) => ({ value: row[sort.field] ?? null, id: String(row.id) }),
    (row) => row,
  )
  await includeRelated(tx, actor, type, page.data, params.include)
  return {
    ...page,
    data: page.data.map((row) => project(row, fields, params.include)),
  }
}

/** Keeps the asked-for fields, the id and any embedded relations. */
export function project(row: Values, fields: string[], include?: string) {
  const out: Values = { id: row.id }
  for (const name of fields) out[name] = row[name]
  if (row.deleted_at) out.deleted_at = row.deleted_at
  for (const rel of (include ?? '').split(',')) {
    if (rel && rel in row) out[rel] = row[rel]
  }
  return out
}
