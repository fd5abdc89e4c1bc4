import type { FieldMeta } from '@/shared/api/record-types'
import type { CrmRecord } from '@/shared/api/types'
import { fromLocalInputValue, toLocalInputValue } from '@/shared/format/dates'

export type FormValue = string | boolean
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
    (field) => !field.readOnly && !SYSTEM_FIELDS.has(field.name),
  )
}

function toFormValue(field: FieldMeta, value: unknown): FormValue {
  if (field.type === 'boolean') return value === true
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
      if (before === next) continue
    } else if (next === null) {
      // A required field left empty is sent so the server names it.
      if (field.required) body[field.name] = ''
      continue
    }
    body[field.name] = next
  }
  return body
}
