import { type RawBuilder, sql } from 'kysely'
import type { Tx } from './tenant-transaction.js'

// Single-row inserts on the embedded database cost a round trip each;
// multi-row VALUES of this size keep bulk loads fast while staying far
// under PostgreSQL's limit of 65,535 parameters per statement.
export const BATCH_SIZE = 500

export function chunks<T>(items: T[], size = BATCH_SIZE): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size))
  }
  return out
}

export type Row = Record<string, unknown>

/** Inserts rows with the given columns, one statement per batch. */
export async function insertRows(
  tx: Tx,
  table: string,
  columns: string[],
  rows: Row[],
): Promise<void> {
  const names = sql.join(columns.map((c) => sql.ref(c)))
  for (const batch of chunks(rows)) {
    const tuples = batch.map(
      (r) => sql`(${sql.join(columns.map((c) => r[c]))})`,
    )
    await sql`INSERT INTO ${sql.table(table)} (${names})
      VALUES ${sql.join(tuples)}`.execute(tx)
  }
}

/**
 * Updates rows by id from a VALUES list. `casts` gives each column's SQL
 * type, which a VALUES list outside an INSERT cannot infer.
 */
export async function updateRows(
  tx: Tx,
  tenantId: string,
  table: string,
  casts: Record<string, string>,
  rows: Row[],
): Promise<void> {
  const columns = Object.keys(casts)
  const sets = columns.map((c) => sql`${sql.ref(c)} = v.${sql.ref(c)}`)
  const names = sql.join([sql.ref('id'), ...columns.map((c) => sql.ref(c))])
  for (const batch of chunks(rows)) {
    const tuples = batch.map((r) => typedTuple(r, casts))
    await sql`UPDATE ${sql.table(table)} AS t
      SET ${sql.join(sets)}, updated_at = now()
      FROM (VALUES ${sql.join(tuples)}) AS v (${names})
      WHERE t.tenant_id = ${tenantId} AND t.id = v.id`.execute(tx)
  }
}

function typedTuple(
  row: Row,
  casts: Record<string, string>,
): RawBuilder<unknown> {
  const values = Object.entries(casts).map(
    ([column, type]) => sql`${row[column]}::${sql.raw(type)}`,
  )
  return sql`(${sql.join([sql`${row.id}::uuid`, ...values])})`
}
