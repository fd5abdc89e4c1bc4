import { type RawBuilder, sql } from 'kysely'
import type { FieldDescriptor } from '../../../shared/record-type.js'
import { AppError, fieldError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { valueSchema } from './input-schema.js'
import type { RecordType } from './record-type.js'

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

function parseValue(f: FieldDescriptor, text: string, actor: Actor): unknown {
  if (f.type === 'ref' && f.ref === 'user' && text === 'me') return actor.userId
  const raw: unknown =
    f.type === 'integer' || f.type === 'percent'
      ? Number(text)
      : f.type === 'boolean'
        ? text === 'true'
          ? true
          : text === 'false'
            ? false
            : text
        : text
  const parsed = valueSchema({ ...f, required: false }).safeParse(raw)
  if (!parsed.success) {
    throw fieldError(`filter[${f.name}]`, parsed.error.issues[0].message)
  }
  return parsed.data
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`)
}

function condition(
  f: FieldDescriptor,
  op: Operator,
  text: string,
  actor: Actor,
): RawBuilder<unknown> {
  const column = sql.ref(`t.${f.name}`)
  switch (op) {
    case 'null':
      return text === 'false'
        ? sql`${column} IS NOT NULL`
        : sql`${column} IS NULL`
    case 'in': {
      const values = text.split(',').map((v) => parseValue(f, v, actor))
      return sql`${column} IN (${sql.join(values)})`
    }
    case 'prefix':
      return sql`lower(${column}::text) LIKE ${`${escapeLike(text.toLowerCase())}%`}`
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
    const virtual = type.virtualFilters?.[name]
    if (virtual && typeof spec === 'string') {
      predicates.push(virtual(spec, actor))
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
      predicates.push(condition(f, op as Operator, text, actor))
    }
  }
  return predicates
}
