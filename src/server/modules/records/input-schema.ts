import { z } from 'zod'
import type { FieldDescriptor } from '../../../shared/record-type.js'
import type { RecordType } from './record-type.js'

const DECIMAL = /^-?\d{1,18}(\.\d+)?$/

function atLeast(min: number) {
  return min === 0 ? 'Must be zero or more' : `Must be ${min} or more`
}

function decimalSchema(f: FieldDescriptor, scale: number | undefined) {
  return z
    .union([z.string().trim().regex(DECIMAL, 'Must be a number'), z.number()])
    .refine((v) => f.min === undefined || Number(v) >= f.min, {
      message:
        f.min === 0 ? 'Must be zero or more' : `Must be ${f.min} or more`,
    })
    .refine((v) => f.max === undefined || Number(v) <= f.max, {
      message: `Must be ${f.max} or less`,
    })
    .refine(
      (v) =>
        scale === undefined || (String(v).split('.')[1] ?? '').length <= scale,
      { message: `Use at most ${scale} decimal places` },
    )
}

function textSchema(f: FieldDescriptor) {
  let s = z
    .string()
    .trim()
    .max(f.max ?? 10_000, `At most ${f.max} characters`)
  if (f.pattern) s = s.regex(new RegExp(f.pattern), 'Not in the expected form')
  if (f.required) s = s.min(1, 'Required')
  return s
}

function integerSchema(f: FieldDescriptor) {
  let s = z.number({ error: 'Must be a whole number' }).int('Must be whole')
  if (f.min !== undefined) s = s.min(f.min, atLeast(f.min))
  if (f.max !== undefined) s = s.max(f.max, `Must be ${f.max} or less`)
  return s
}

export function valueSchema(f: FieldDescriptor): z.ZodType {
  switch (f.type) {
    case 'email':
      return z.email('Not a valid email address').max(320)
    case 'url':
      return z
        .string()
        .trim()
        .max(2048)
        .regex(/^\S+\.\S+$/, 'Not a valid URL')
    case 'integer':
    case 'percent':
      return integerSchema(f)
    case 'decimal':
      return decimalSchema(f, undefined)
    case 'money':
      return decimalSchema(f, 2)
    case 'date':
      return z.iso.date('Use a calendar date, YYYY-MM-DD')
    case 'datetime':
      return z.iso.datetime({ offset: true, error: 'Use an ISO 8601 instant' })
    case 'boolean':
      return z.boolean('Must be true or false')
    case 'enum':
      return z.enum(
        (f.options ?? []).map((o) => o.value) as [string, ...string[]],
        `Choose one of: ${(f.options ?? []).map((o) => o.value).join(', ')}`,
      )
    case 'ref':
      return z.uuid('Choose an existing record')
    default:
      return textSchema(f)
  }
}

function writable(type: RecordType) {
  return type.fields.filter((f) => !f.readOnly)
}

/** The body a create accepts: required fields must be present. */
export function createSchema(type: RecordType) {
  const shape: Record<string, z.ZodType> = {}
  for (const f of writable(type)) {
    const value = valueSchema(f)
    shape[f.name] = f.required ? value : value.nullable().optional()
  }
  for (const name of type.createOnlyInput ?? []) shape[name] = z.unknown()
  return z.strictObject(shape)
}

/** The body a partial update accepts: any subset of writable fields. */
export function updateSchema(type: RecordType) {
  const shape: Record<string, z.ZodType> = {}
  for (const f of writable(type)) {
    const value = valueSchema(f)
    shape[f.name] = (f.required ? value : value.nullable()).optional()
  }
  return z.strictObject(shape)
}

/** Stores values in their canonical form: exact decimals as strings. */
export function normalizeValues(
  type: RecordType,
  input: Record<string, unknown>,
) {
  const values: Record<string, unknown> = {}
  for (const f of writable(type)) {
    if (!(f.name in input)) continue
    let v = input[f.name]
    if (typeof v === 'string' && v.trim() === '' && !f.required) v = null
    if ((f.type === 'decimal' || f.type === 'money') && typeof v === 'number') {
      v = String(v)
    }
    if (typeof v === 'string') v = v.trim()
    values[f.name] = v
  }
  return values
}
