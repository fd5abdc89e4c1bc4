import { type RawBuilder, sql } from 'kysely'
import type { FieldDescriptor } from '../../../shared/record-type.js'
import { AppError, fieldError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { fieldSql } from './field-sql.js'
import { indexedCondition } from './indexed-filter.js'
import type { RecordType } from './record-type.js'
import { valueSchema } from './value-schema.js'

const OPERATORS = [
  'eq',
  'ne',
  'lt',
  'lte',
  'gt',
  'gte',
  'in',
  'null',
  'prefix',
] as const
type Operator = (typeof OPERATORS)[number]

const COMPARE: Record<string, string> = {
  eq: '=',
  ne: '<>',
  lt: '<',
  lte: '<=',
  gt: '>',
  gte: '>=',
}

function scalar(f: FieldDescriptor, text: string): unknown {
  if (f.type === 'integer' || f.type === 'percent') {
    return /^-?\d+$/.test(text) ? Number(text) : text
  }
  if (f.type === 'boolean' && (text === 'true' || text === 'false')) {
    return text === 'true'
  }
  if (f.type === 'multiselect' || f.type === 'refs') return [text]
  return text
}

export function parseValue(
  f: FieldDescriptor,
  text: string,
  actor: Actor,
): unknown {
  const label = `filter[${f.name}]`
  if (text.trim() === '') throw fieldError(label, 'Give a value to filter by')
  if (f.type === 'ref' && f.ref === 'user' && text === 'me') return actor.userId
  const parsed = valueSchema({ ...f, required: false }).safeParse(
    scalar(f, text),
  )
  if (!parsed.success) {
    throw fieldError(label, parsed.error.issues[0].message)
  }
  return parsed.data
}

/** A set of choices filters by what it contains: eq one, in any of. */
function choicesCondition(
  f: FieldDescriptor,
  op: Operator,
  text: string,
  actor: Actor,
): RawBuilder<unknown> {
  const column = fieldSql(f)
  const stored = (value: string) =>
    f.type === 'refs' ? value.toLowerCase() : value
  const one = (value: string) =>
    sql`${column} @> ${JSON.stringify(parseValue(f, stored(value), actor))}::jsonb`
  if (op === 'eq') return one(text)
  if (op === 'in')
    return sql`(${sql.join(text.split(',').map(one), sql` OR `)})`
  if (op === 'null') {
    if (text !== 'true' && text !== 'false') {
      throw fieldError(`filter[${f.name}]`, 'Use true or false')
    }
    return text === 'true' ? sql`${column} IS NULL` : sql`${column} IS NOT NULL`
  }
  throw fieldError(`filter[${f.name}]`, 'Filter choices with eq, in or null')
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`)
}

function condition(
  type: RecordType,
  f: FieldDescriptor,
  op: Operator,
  text: string,
  actor: Actor,
): RawBuilder<unknown> {
  if (op !== 'null' && op !== 'prefix' && op !== 'ne') {
    const texts = op === 'in' ? text.split(',') : [text]
    const values = texts.map((v) => parseValue(f, v, actor))
    const indexed = indexedCondition(type, f, op, values, actor)
    if (indexed) return indexed
  }
  const column = fieldSql(f)
  if (f.type === 'multiselect' || f.type === 'refs') {
    return choicesCondition(f, op, text, actor)
  }
  switch (op) {
    case 'null':
      if (text !== 'true' && text !== 'false') {
        throw fieldError(`filter[${f.name}]`, 'Use true or false')
      }
      return text === 'false'
        ? sql`${column} IS NOT NULL`
        : sql`${column} IS NULL`
    case 'in': {
      const values = text.split(',').map((v) => parseValue(f, v, actor))
      return sql`${column} IN (${sql.join(values)})`
    }
    case 'prefix': {
      const start = parseValue({ ...f, type: 'text', max: 200 }, text, actor)
      const pattern = `${escapeLike(String(start).toLowerCase())}%`
      return sql`lower(${column}::text) LIKE ${pattern}`
    }
    default:
      return sql`${column} ${sql.raw(COMPARE[op])} ${parseValue(f, text, actor)}`
  }
}

/** Turns `filter[field]` and `filter[field][op]` into SQL predicates. */
export function filterPredicates(
  type: RecordType,
  filter: Record<string, string | Record<string, string>> | undefined,
  actor: Actor,
): RawBuilder<unknown>[] {
  const predicates: RawBuilder<unknown>[] = []
  for (const [name, spec] of Object.entries(filter ?? {})) {
    const virtual = type.virtualFilters ?? {}
    if (Object.hasOwn(virtual, name) && typeof spec === 'string') {
      const { field, where } = virtual[name]
      predicates.push(where(parseValue(field, spec, actor)))
      continue
    }
    const f = type.fields.find((x) => x.name === name && x.filterable)
    if (!f) {
      throw new AppError('bad_request', {
        detail: `${type.labelPlural} cannot be filtered by "${name}"`,
      })
    }
    const ops = typeof spec === 'string' ? { eq: spec } : spec
    for (const [op, text] of Object.entries(ops)) {
      if (!OPERATORS.includes(op as Operator)) {
        throw new AppError('bad_request', {
          detail: `Unknown operator "${op}"`,
        })
      }
      predicates.push(condition(type, f, op as Operator, text, actor))
    }
  }
  return predicates
}
