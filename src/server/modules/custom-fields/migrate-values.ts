import { sql } from 'kysely'
import type { FieldDescriptor } from '../../../shared/record-type.js'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { fieldError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { fieldSql } from '../records/field-sql.js'
import { normalizeValues } from '../records/input-schema.js'
import type { RecordType } from '../records/record-type.js'
import { scopeSql } from '../records/type-scope.js'
import { valueSchema } from '../records/value-schema.js'
import { convertValue, Unconvertible } from './value-conversion.js'

const BATCH = 1000
const RULES = ['type', 'options', 'min', 'max', 'pattern'] as const

interface Stored {
  id: string
  title: string | null
  value: unknown
}

function rulesChanged(old: FieldDescriptor, next: FieldDescriptor) {
  return RULES.some(
    (k) => JSON.stringify(old[k] ?? null) !== JSON.stringify(next[k] ?? null),
  )
}

function ofType(type: RecordType, alias: string) {
  return sql`${sql.ref(`${alias}.tenant_id`)} = current_tenant_id()
    AND ${scopeSql(type.scope, alias)}`
}

/**
 * Converts every stored value of a field (deleted records' too, so a
 * restore stays valid) to its new definition, a batch at a time. The first
 * value that cannot comply stops the writing; the scan goes on to count
 * them all, and the refusal rolls the whole change back.
 */
export async function migrateValues(
  tx: Tx,
  _actor: Actor,
  type: RecordType,
  old: FieldDescriptor,
  next: FieldDescriptor,
): Promise<number> {
  if (!rulesChanged(old, next)) return 0
  const schema = valueSchema({ ...next, required: false })
  const name = next.name
  let after = '00000000-0000-0000-0000-000000000000'
  let converted = 0
  const failures: string[] = []
  let failed = 0
  for (;;) {
    const { rows } = await sql<Stored>`
      SELECT t.id, ${sql.ref(`t.${type.titleField}`)}::text AS title,
        t.custom -> ${name} AS value
      FROM ${sql.table(type.table)} t
      WHERE ${ofType(type, 't')} AND t.custom ? ${name}
        AND t.custom -> ${name} <> 'null'::jsonb AND t.id > ${after}
      ORDER BY t.id LIMIT ${BATCH}`.execute(tx)
    if (rows.length === 0) break
    after = rows[rows.length - 1].id
    const updates: { id: string; value: string }[] = []
    for (const row of rows) {
      try {
        const value = convertValue(row.value, old.type, next)
        const parsed = schema.safeParse(value)
        if (!parsed.success) {
          throw new Unconvertible(
            `${JSON.stringify(row.value)}: ${parsed.error.issues[0].message}`,
          )
        }
        const stored = normalizeValues(
          { ...type, fields: [next] },
          {
            [name]: parsed.data,
          },
        )[name]
        if (JSON.stringify(stored) !== JSON.stringify(row.value)) {
          updates.push({ id: row.id, value: JSON.stringify(stored) })
        }
      } catch (error) {
        if (!(error instanceof Unconvertible)) throw error
        failed += 1
        if (failures.length < 3) {
          failures.push(`${row.title ?? row.id}: ${error.message}`)
        }
      }
    }
    if (failed === 0 && updates.length > 0) {
      const values = updates.map((u) => sql`(${u.id}::uuid, ${u.value}::jsonb)`)
      await sql`
        UPDATE ${sql.table(type.table)} t
        SET custom = jsonb_set(t.custom, ARRAY[${name}], v.value)
        FROM (VALUES ${sql.join(values)}) AS v (id, value)
        WHERE ${ofType(type, 't')} AND t.id = v.id`.execute(tx)
      converted += updates.length
    }
  }
  if (failed > 0) {
    const records =
      failed === 1 ? '1 record holds a value' : `${failed} records hold values`
    const changed = RULES.find(
      (k) => JSON.stringify(old[k] ?? null) !== JSON.stringify(next[k] ?? null),
    )
    throw fieldError(
      changed ?? 'type',
      `${records} that cannot fit the new definition, e.g. ${failures.join('; ')}`,
    )
  }
  return converted
}

/** A field made required must already be filled on every live record. */
export async function refuseUnlessFilled(
  tx: Tx,
  _actor: Actor,
  type: RecordType,
  field: FieldDescriptor,
) {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM ${sql.table(type.table)} t
    WHERE ${ofType(type, 't')} AND t.deleted_at IS NULL
      AND ${fieldSql(field)} IS NULL`.execute(tx)
  if (rows[0].n > 0) {
    throw fieldError(
      'required',
      `${rows[0].n} ${type.labelPlural.toLowerCase()} have no ${field.label} yet; fill them in first`,
    )
  }
}

/** A field made unique must not already repeat on live records. */
export async function refuseUnlessUnique(
  tx: Tx,
  _actor: Actor,
  type: RecordType,
  field: FieldDescriptor,
) {
  const { rows } = await sql<{ value: string; n: number }>`
    SELECT ${fieldSql(field)}::text AS value, count(*)::int AS n
    FROM ${sql.table(type.table)} t
    WHERE ${ofType(type, 't')} AND t.deleted_at IS NULL
      AND ${fieldSql(field)} IS NOT NULL
    GROUP BY 1 HAVING count(*) > 1 LIMIT 1`.execute(tx)
  if (rows.length > 0) {
    throw fieldError(
      'unique',
      `${rows[0].n} ${type.labelPlural.toLowerCase()} share the ${field.label} "${rows[0].value}"`,
    )
  }
}
