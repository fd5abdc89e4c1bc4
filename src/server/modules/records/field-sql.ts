import { type RawBuilder, sql } from 'kysely'
import type {
  FieldDescriptor,
  FieldType,
  RollupSpec,
} from '../../../shared/record-type.js'
import { formulaSql } from './formula-sql.js'
import { isBuiltInField, refTarget } from './registry.js'
import { scopeSql } from './type-scope.js'

// Custom values live in the record's `custom` jsonb as JSON text, numbers
// and booleans; read back through these casts they come out exactly like
// built-in columns of the same type.
const CASTS: Partial<Record<FieldType, string>> = {
  integer: 'integer',
  percent: 'integer',
  decimal: 'numeric',
  money: 'numeric',
  date: 'date',
  datetime: 'timestamptz',
  boolean: 'boolean',
}

/** The SQL for a field's value on a table alias, `t` unless told. */
export function fieldSql(
  field: FieldDescriptor,
  alias = 't',
): RawBuilder<unknown> {
  if (field.computed?.kind === 'formula') {
    return formulaSql(field, field.computed, (f) => fieldSql(f, alias))
  }
  if (field.computed) return rollupSql(field, field.computed, alias)
  if (!field.custom) return sql.ref(`${alias}.${field.name}`)
  const custom = sql.ref(`${alias}.custom`)
  if (field.type === 'multiselect' || field.type === 'refs') {
    // A cleared set is stored as JSON null, which reads as SQL NULL here.
    return sql`nullif(${custom} -> ${field.name}, 'null'::jsonb)`
  }
  const cast = field.type === 'ref' ? 'uuid' : (CASTS[field.type] ?? 'text')
  return sql`(${custom} ->> ${field.name})::${sql.raw(cast)}`
}

// What each reader's rollups may count: a predicate over the `t` alias
// selecting the related records the reader may see, set by the access
// layer on the reader's copy of the rollup, so a total never includes
// records the reader cannot open.
const rollupReach = new WeakMap<RollupSpec, RawBuilder<unknown>>()

/** A copy of the rollup that only counts records the predicate selects. */
export function heldRollup(
  spec: RollupSpec,
  visible: RawBuilder<unknown>,
): RollupSpec {
  const held = { ...spec }
  rollupReach.set(held, visible)
  return held
}

/**
 * A rollup summarises the live records of another type that point at this
 * one, worked out when read so it is never stale.
 */
function rollupSql(
  field: FieldDescriptor,
  spec: RollupSpec,
  alias: string,
): RawBuilder<unknown> {
  const child = refTarget(spec.object)
  const childField = (name: string, type: FieldType) =>
    fieldSql(
      { name, label: name, type, custom: !isBuiltInField(spec.object, name) },
      'r',
    )
  const via = spec.viaMany
    ? sql`${childField(spec.via, 'refs')} @> jsonb_build_array(${sql.ref(`${alias}.id`)}::text)`
    : sql`${childField(spec.via, 'ref')} = ${sql.ref(`${alias}.id`)}`
  const value =
    spec.fn === 'count' ? sql`*` : childField(spec.field ?? '', field.type)
  // The function name goes into the SQL as written: only these four.
  if (!['sum', 'count', 'min', 'max'].includes(spec.fn)) {
    throw new Error(`Unknown rollup function ${spec.fn}`)
  }
  const fn = sql.raw(spec.fn)
  const reach = rollupReach.get(spec)
  const held = reach
    ? sql`AND EXISTS (SELECT 1 FROM ${sql.table(child.table)} t
        WHERE t.tenant_id = r.tenant_id AND t.id = r.id AND ${reach})`
    : sql``
  return sql`(SELECT ${fn}(${value}) FROM ${sql.table(child.table)} r
    WHERE r.tenant_id = ${sql.ref(`${alias}.tenant_id`)}
      AND ${scopeSql(child.scope, 'r')} AND r.deleted_at IS NULL
      AND ${via} ${held})`
}
