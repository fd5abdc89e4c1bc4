import type { FieldDescriptor } from '../../../shared/record-type.js'
import { fieldError } from '../../platform/http/errors.js'
import type { RecordType } from '../records/record-type.js'
import { valueSchema } from '../records/value-schema.js'
import { type Comparison, type Condition, comparisons } from './conditions.js'

const ORDERED = new Set([
  'integer',
  'percent',
  'decimal',
  'money',
  'date',
  'datetime',
])
const SETS = new Set(['multiselect', 'refs'])

function requireValue(f: FieldDescriptor, value: unknown, label: string) {
  const parsed = valueSchema({ ...f, required: false }).safeParse(value)
  if (parsed.success && parsed.data !== null && parsed.data !== undefined) {
    return
  }
  const why = parsed.success ? 'give a value' : parsed.error.issues[0].message
  throw fieldError('when', `${label}: ${why}`)
}

function checkComparison(c: Comparison, f: FieldDescriptor | undefined) {
  const label = `"${c.field}"`
  if (!f) throw fieldError('when', `There is no field ${label}`)
  if (f.computed) {
    throw fieldError('when', `${label} is computed; compare stored fields`)
  }
  if (c.op === 'null') {
    if (c.value !== undefined && typeof c.value !== 'boolean') {
      throw fieldError('when', `${label}: null takes true or false`)
    }
    return
  }
  if (SETS.has(f.type)) {
    throw fieldError('when', `${label} holds a set; only null compares it`)
  }
  if (c.op.startsWith('g') || c.op.startsWith('l')) {
    if (!ORDERED.has(f.type)) {
      throw fieldError('when', `${label} has no order; use eq, ne or in`)
    }
  }
  if (c.op === 'in') {
    if (!Array.isArray(c.value) || c.value.length === 0) {
      throw fieldError('when', `${label}: in takes a list of values`)
    }
    for (const v of c.value) requireValue(f, v, label)
    return
  }
  requireValue(f, c.value, label)
}

/** Refuses a condition that names unknown fields or ill-typed values. */
export function requireValidCondition(
  type: RecordType,
  condition: Condition,
): void {
  const all = [...type.fields, ...(type.withheld ?? [])]
  for (const c of comparisons(condition)) {
    checkComparison(
      c,
      all.find((f) => f.name === c.field),
    )
  }
}
