import { Decimal } from 'decimal.js'
import { z } from 'zod'
import type { FieldDescriptor } from '../../../shared/record-type.js'
import { decimalPlaces, decimalText, integerDigits } from './decimal-text.js'
import { matchesPattern } from './safe-pattern.js'

// Limits of the columns behind each type: a value the schema accepts is
// one PostgreSQL can store.
const INT_MIN = -2_147_483_648
const INT_MAX = 2_147_483_647
const DECIMAL_INTEGER_DIGITS = 18
const NUL = String.fromCharCode(0)

function atLeast(min: number) {
  return min === 0 ? 'Must be zero or more' : `Must be ${min} or more`
}

function decimalSchema(f: FieldDescriptor, scale: number | undefined) {
  const text = (v: unknown) => decimalText(v) ?? ''
  return z
    .union([z.string(), z.number()])
    .refine((v) => decimalText(v) !== undefined, 'Must be a number')
    .refine(
      (v) => integerDigits(text(v)) <= DECIMAL_INTEGER_DIGITS,
      `Use at most ${DECIMAL_INTEGER_DIGITS} digits before the point`,
    )
    .refine(
      (v) => scale === undefined || decimalPlaces(text(v)) <= scale,
      `Use at most ${scale} decimal places`,
    )
    .refine(
      (v) => f.min === undefined || !new Decimal(text(v) || 0).lt(f.min),
      atLeast(f.min ?? 0),
    )
    .refine(
      (v) => f.max === undefined || !new Decimal(text(v) || 0).gt(f.max),
      `Must be ${f.max} or less`,
    )
}

export function textSchema(
  f: Pick<FieldDescriptor, 'max' | 'pattern' | 'required'>,
) {
  const max = f.max ?? 10_000
  let s = z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters`)
    .refine(
      (v) => !v.includes(NUL),
      'Contains a character that cannot be stored',
    )
  const pattern = f.pattern
  if (pattern) {
    s = s.refine(
      (v) => v === '' || matchesPattern(pattern, v),
      'Not in the expected form',
    )
  }
  if (f.required) s = s.min(1, 'Required')
  return s
}

function integerSchema(f: FieldDescriptor) {
  const min = Math.max(f.min ?? INT_MIN, INT_MIN)
  const max = Math.min(f.max ?? INT_MAX, INT_MAX)
  return z
    .number({ error: 'Must be a whole number' })
    .int('Must be a whole number')
    .min(min, atLeast(min))
    .max(max, `Must be ${max} or less`)
}

// PostgreSQL has no year 0 and dates before year 1 are not business data.
const fromYearOne = (v: string) => !v.startsWith('0000')
// PostgreSQL takes offsets up to 15:59 from UTC; real ones stay within 14.
const storableOffset = (v: string) => {
  const offset = /[+-](\d{2}):?\d{2}$/.exec(v)
  return !offset || Number(offset[1]) <= 15
}

export function valueSchema(f: FieldDescriptor): z.ZodType {
  switch (f.type) {
    case 'email':
      return z.email('Not a valid email address').max(320)
    case 'url':
      return textSchema({ max: 2048 }).regex(/^\S+\.\S+$/, 'Not a valid URL')
    case 'integer':
    case 'percent':
      return integerSchema(f)
    case 'decimal':
      return decimalSchema(f, f.scale)
    case 'money':
      return decimalSchema(f, 2)
    case 'date':
      return z.iso
        .date('Use a calendar date, YYYY-MM-DD')
        .refine(fromYearOne, 'Use a date from year 1 on')
    case 'datetime':
      return z.iso
        .datetime({ offset: true, error: 'Use an ISO 8601 instant' })
        .refine(fromYearOne, 'Use a date from year 1 on')
        .refine(storableOffset, 'Use an offset from UTC of at most 15 hours')
    case 'boolean':
      return z.boolean('Must be true or false')
    case 'enum': {
      const values = (f.options ?? []).map((o) => o.value)
      return z.enum(
        values as [string, ...string[]],
        `Choose one of: ${values.join(', ')}`,
      )
    }
    case 'multiselect': {
      const values = (f.options ?? []).map((o) => o.value)
      const choice = z.enum(
        values as [string, ...string[]],
        `Choose from: ${values.join(', ')}`,
      )
      return z
        .array(choice)
        .min(f.required ? 1 : 0, 'Choose at least one')
        .refine((v) => new Set(v).size === v.length, 'Choose each one once')
    }
    case 'ref':
      return z.uuid('Choose an existing record')
    case 'refs':
      return z
        .array(z.uuid('Choose existing records'))
        .max(100, 'Choose at most 100 records')
        .min(f.required ? 1 : 0, 'Choose at least one')
    default:
      return textSchema(f)
  }
}
