import { type RawBuilder, sql } from 'kysely'
import type {
  FieldDescriptor,
  FieldType,
  FormulaSpec,
} from '../../../shared/record-type.js'
import {
  FormulaError,
  type FormulaNode,
  parseFormula,
} from '../custom-fields/formula.js'

const NUMBERS: FieldType[] = ['integer', 'decimal', 'money', 'percent']
const DATES: FieldType[] = ['date', 'datetime']
const SQL_FUNCTIONS = {
  abs: 'abs',
  coalesce: 'coalesce',
  min: 'least',
  max: 'greatest',
} as const

type FieldSql = (field: FieldDescriptor) => RawBuilder<unknown>

// The fields a formula reads, found when the workspace's fields are.
const resolved = new WeakMap<
  FormulaSpec,
  {
    node: FormulaNode | null
    fields: Map<string, FieldDescriptor>
    size: number
  }
>()

// How many field readings a formula expands to, formulas it reads included.
const MAX_SIZE = 200

/** A formula that no longer fits its fields reads as no value. */
export function bindBroken(spec: FormulaSpec): void {
  resolved.set(spec, { node: null, fields: new Map(), size: 1 })
}

/**
 * Parses a formula and checks it against the fields it may read; throws
 * FormulaError saying what is wrong. Once bound, the field compiles to SQL.
 */
export function bindFormula(
  spec: FormulaSpec,
  fields: FieldDescriptor[],
): void {
  const node = parseFormula(spec.expression)
  const byName = new Map(fields.map((f) => [f.name, f]))
  const checkField = (name: string, dates: boolean) => {
    const f = byName.get(name)
    if (!f) throw new FormulaError(`No field "${name}"`)
    if (!(dates ? DATES : NUMBERS).includes(f.type)) {
      throw new FormulaError(
        dates
          ? `days_between takes date fields; "${name}" is not one`
          : `"${name}" is not a number field`,
      )
    }
  }
  const checkCall = (n: Extract<FormulaNode, { kind: 'call' }>) => {
    if (n.fn === 'days_between') {
      for (const arg of n.args) {
        if (arg.kind !== 'field') {
          throw new FormulaError('days_between takes two date fields')
        }
        checkField(arg.name, true)
      }
    } else if (n.fn === 'round' && n.args[1]) {
      const places = n.args[1]
      if (places.kind !== 'number' || !/^\d$/.test(places.value)) {
        throw new FormulaError('round takes 0 to 9 decimal places')
      }
      check(n.args[0])
    } else {
      for (const arg of n.args) check(arg)
    }
  }
  const check = (n: FormulaNode) => {
    if (n.kind === 'field') checkField(n.name, false)
    else if (n.kind === 'unary') check(n.operand)
    else if (n.kind === 'binary') {
      check(n.left)
      check(n.right)
    } else if (n.kind === 'call') checkCall(n)
  }
  check(node)
  const size = sizeOf(node, byName)
  if (size > MAX_SIZE) {
    throw new FormulaError(
      'This formula, with the formulas it reads, is too large to work out',
    )
  }
  resolved.set(spec, { node, fields: byName, size })
}

function sizeOf(n: FormulaNode, fields: Map<string, FieldDescriptor>): number {
  switch (n.kind) {
    case 'number':
      return 1
    case 'field': {
      const computed = fields.get(n.name)?.computed
      if (computed?.kind !== 'formula') return 1
      return resolved.get(computed)?.size ?? 1
    }
    case 'unary':
      return sizeOf(n.operand, fields)
    case 'binary':
      return sizeOf(n.left, fields) + sizeOf(n.right, fields)
    case 'call':
      return n.args.reduce((sum, a) => sum + sizeOf(a, fields), 0)
  }
}

function compile(
  n: FormulaNode,
  fields: Map<string, FieldDescriptor>,
  fieldSql: FieldSql,
): RawBuilder<unknown> {
  const c = (x: FormulaNode) => compile(x, fields, fieldSql)
  switch (n.kind) {
    case 'number':
      return sql`${n.value}::numeric`
    case 'field':
      return sql`(${fieldSql(fields.get(n.name) as FieldDescriptor)})::numeric`
    case 'unary':
      return sql`(- ${c(n.operand)})`
    case 'binary':
      return n.op === '/'
        ? sql`(${c(n.left)} / nullif(${c(n.right)}, 0))`
        : sql`(${c(n.left)} ${sql.raw(n.op)} ${c(n.right)})`
    case 'call': {
      if (n.fn === 'days_between') {
        const [from, to] = n.args.map((a) =>
          a.kind === 'field'
            ? fieldSql(fields.get(a.name) as FieldDescriptor)
            : sql`null`,
        )
        return sql`((${to})::date - (${from})::date)::numeric`
      }
      if (n.fn === 'round') {
        const places = n.args[1]?.kind === 'number' ? n.args[1].value : '0'
        return sql`round(${c(n.args[0])}, ${Number(places)}::int)`
      }
      const args = sql.join(n.args.map(c))
      return sql`${sql.raw(SQL_FUNCTIONS[n.fn])}(${args})`
    }
  }
}

/** The SQL of a bound formula, in the form of its result type. */
export function formulaSql(
  field: FieldDescriptor,
  spec: FormulaSpec,
  fieldSql: FieldSql,
): RawBuilder<unknown> {
  const bound = resolved.get(spec)
  if (!bound) throw new Error(`Formula of ${field.name} was never bound`)
  if (!bound.node) return sql`null`
  const value = compile(bound.node, bound.fields, fieldSql)
  switch (field.type) {
    case 'integer':
    case 'percent':
      // Out of range for a whole number: no value rather than an error.
      return sql`(SELECT CASE WHEN abs(v) < 2147483648 THEN v::integer END
        FROM (SELECT round(${value}) AS v) formula)`
    case 'money':
      return sql`round(${value}, 2)`
    default:
      // Six places at most, without trailing zeros: 5.8, not 5.800000.
      return sql`trim_scale(round(${value}, 6))`
  }
}
