import { z } from 'zod'
import type { FieldDescriptor } from '../../../shared/record-type.js'
import { decimalText } from './decimal-text.js'
import type { RecordType } from './record-type.js'
import { valueSchema } from './value-schema.js'

function writable(type: RecordType) {
  return type.fields.filter((f) => !f.readOnly)
}

/**
 * What a client may send for a field: required fields need a value, fields
 * with a stored default may be left out but not cleared, the rest may be
 * null. An empty string clears an optional email or URL.
 */
function inputSchema(f: FieldDescriptor): z.ZodType {
  const value = valueSchema(f)
  if (f.required || f.notNull) return value
  const blankable = f.type === 'email' || f.type === 'url'
  return (blankable ? z.union([value, z.literal('')]) : value).nullable()
}

/** The body a create accepts. */
export function createSchema(type: RecordType) {
  const shape: Record<string, z.ZodType> = {}
  for (const f of writable(type)) {
    const input = inputSchema(f)
    shape[f.name] = f.required ? input : input.optional()
  }
  Object.assign(shape, type.extraCreateInput)
  return z.strictObject(shape)
}

/** The body a partial update accepts: any subset of writable fields. */
export function updateSchema(type: RecordType) {
  const shape: Record<string, z.ZodType> = {}
  for (const f of writable(type)) shape[f.name] = inputSchema(f).optional()
  return z.strictObject(shape)
}

// A set of choices is stored in the options' order, empty as null, so the
// same choices always compare equal.
function inOptionOrder(f: FieldDescriptor, chosen: unknown[]) {
  const order = (f.options ?? []).map((o) => o.value)
  const sorted = order.filter((value) => chosen.includes(value))
  return sorted.length > 0 ? sorted : null
}

// Related records as a set: lower-case ids, each once, empty as null.
function sameRecords(ids: unknown[]) {
  const unique = [...new Set(ids.map((id) => String(id).toLowerCase()))]
  return unique.length > 0 ? unique : null
}

/** Values in their stored form: trimmed text, exact decimals as text. */
export function normalizeValues(
  type: RecordType,
  input: Record<string, unknown>,
) {
  const values: Record<string, unknown> = {}
  for (const f of writable(type)) {
    if (!(f.name in input)) continue
    let v = input[f.name]
    if (typeof v === 'string') v = v.trim()
    if (v === '' && !f.required) v = null
    if (f.type === 'decimal' || f.type === 'money') v = decimalText(v) ?? v
    if (f.type === 'ref' && typeof v === 'string') v = v.toLowerCase()
    if (f.type === 'refs' && Array.isArray(v)) v = sameRecords(v)
    if (f.type === 'multiselect' && Array.isArray(v)) v = inOptionOrder(f, v)
    values[f.name] = v
  }
  return values
}
