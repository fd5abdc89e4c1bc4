import { z } from 'zod'
import type { FieldDescriptor } from '../../../shared/record-type.js'
import { AppError } from '../../platform/http/errors.js'
import { decimalText } from './decimal-text.js'

/** A keyset position: the sort value and id of the last row of a page. */
export interface Cursor {
  value: unknown
  id: string
}

const shape = z.tuple([z.unknown(), z.uuid()])

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id])).toString(
    'base64url',
  )
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/
const DATE = /^\d{4}-\d{2}-\d{2}$/

// Only the kind of value is checked: stored data older than today's
// validation rules must still page.
function fitsType(field: FieldDescriptor, value: unknown): boolean {
  switch (field.type) {
    case 'integer':
    case 'percent':
      return Number.isSafeInteger(value)
    case 'decimal':
    case 'money':
      return typeof value === 'string' && decimalText(value) !== undefined
    case 'boolean':
      return typeof value === 'boolean'
    case 'date':
      return typeof value === 'string' && DATE.test(value)
    case 'datetime':
      return typeof value === 'string' && INSTANT.test(value)
    case 'ref':
      return z.uuid().safeParse(value).success
    default:
      return typeof value === 'string' && !value.includes('\u0000')
  }
}

/**
 * Reads a cursor back, checking that its value fits the sort field: a
 * cursor is client input like any other.
 */
export function decodeCursor(text: string, sortField: FieldDescriptor): Cursor {
  const invalid = new AppError('bad_request', {
    detail: 'The cursor is not valid',
  })
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString())
  } catch {
    throw invalid
  }
  const tuple = shape.safeParse(parsed)
  if (!tuple.success) throw invalid
  const [value, id] = tuple.data
  if (value !== null && !fitsType(sortField, value)) throw invalid
  return { value, id }
}

/** The sort field of feeds ordered by time (timeline, audit log). */
export const instantField: FieldDescriptor = {
  name: 'at',
  label: 'At',
  type: 'datetime',
}

export const idField: FieldDescriptor = { name: 'id', label: 'Id', type: 'ref' }
