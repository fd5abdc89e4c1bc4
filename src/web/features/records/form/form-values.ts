import type { FieldMeta } from '@/shared/api/record-types'
import type { CrmRecord } from '@/shared/api/types'
import { fromLocalInputValue, toLocalInputValue } from '@/shared/format/dates'

/**
 * Text for most inputs, a flag for a checkbox, option values for a group,
 * ids for a relation to many.
 */
export type FormValue = string | boolean | string[]
export type FormValues = Record<string, FormValue>

const SYSTEM_FIELDS = new Set([
  'id',
  'tenant_id',
  'created_at',
  'updated_at',
  'deleted_at',
  'created_by_id',
])

export function editableFields(fields: FieldMeta[]): FieldMeta[] {
  return fields.filter(
    (field) =>
      !field.readOnly && !field.computed && !SYSTEM_FIELDS.has(field.name),
  )
}

function isList(field: FieldMeta): boolean {
  return field.type === 'multiselect' || field.type === 'refs'
}

function toFormValue(field: FieldMeta, value: unknown): FormValue {
  if (field.type === 'boolean') return value === true
  if (isList(field)) return Array.isArray(value) ? value.map(String) : []
  if (value === null || value === undefined) return ''
  if (field.type === 'datetime') return toLocalInputValue(String(value))
  if (field.type === 'date') return String(value).slice(0, 10)
  return String(value)
}

export function initialValues(
  fields: FieldMeta[],
  record: CrmRecord | undefined,
): FormValues {
  const values: FormValues = {}
  for (const field of fields) {
    values[field.name] = toFormValue(field, record?.[field.name])
  }
  return values
}

/** The JSON value a field's input stands for; empty text means null. */
export function toPayloadValue(field: FieldMeta, value: FormValue): unknown {
  if (field.type === 'boolean') return value === true
  if (Array.isArray(value)) return value.length > 0 ? value : null
  const text = String(value).trim()
  if (text === '') return null

  switch (field.type) {
    case 'integer':
    case 'percent':
      return Number(text)
    case 'datetime':
      return fromLocalInputValue(text)
    default:
      return text
  }
}

export function payload(
  fields: FieldMeta[],
  values: FormValues,
  initial: FormValues | null,
): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  for (const field of fields) {
    const value = values[field.name] ?? ''
    const next = toPayloadValue(field, value)
    if (initial) {
      const before = toPayloadValue(field, initial[field.name] ?? '')
      if (sameValue(before, next)) continue
    } else if (next === null) {
      // A required field left empty is sent so the server names it.
      if (field.required) body[field.name] = emptyValue(field)
      continue
    }
    body[field.name] = next
  }
  return body
}

function emptyValue(field: FieldMeta): unknown {
  return isList(field) ? null : ''
}

// Option and id lists are sets: choosing in a new order is no change.
function sameValue(before: unknown, next: unknown): boolean {
  if (Array.isArray(before) && Array.isArray(next)) {
    const items = new Set(before)
    return items.size === new Set(next).size && next.every((v) => items.has(v))
  }
  return before === next
}
