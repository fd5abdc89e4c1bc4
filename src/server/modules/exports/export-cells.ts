import type { FieldDescriptor } from '../../../shared/record-type.js'
import { selectedFields } from '../records/columns.js'
import type { RecordType, Values } from '../records/record-type.js'
import { inTimeZone } from './in-time-zone.js'

// How a record becomes a row of an export: written so that importing the
// file unchanged gives back the same values. Choices by their labels,
// related records by their titles (as the importer resolves them), many
// related records by id, instants in the reader's time zone with its
// offset, numbers as stored, without grouping.

export type Cell = string | number | boolean | null

export interface Column {
  field: FieldDescriptor | null
  header: string
}

const NUMBERS = new Set(['integer', 'decimal', 'money', 'percent'])

/** The embedded record (include=) a relation field is written with. */
export function relationName(field: FieldDescriptor): string | null {
  if (field.type !== 'ref' || !field.name.endsWith('_id')) return null
  return field.name.slice(0, -3)
}

/** The record's id, then each field of the view (or every field) the reader sees. */
export function exportColumns(
  type: RecordType,
  fields: string | undefined,
  timeZone: string,
): Column[] {
  const names = selectedFields(type, fields).filter((n) => n !== 'id')
  const chosen = names.flatMap((name) => {
    const field = type.fields.find((f) => f.name === name)
    return field ? [field] : []
  })
  return [
    // Not "ID": other CRMs' exports call their own ids that.
    { field: null, header: 'Rapport ID' },
    ...chosen.map((field) => ({
      field,
      header:
        field.type === 'datetime'
          ? `${field.label} (${timeZone})`
          : field.label,
    })),
  ]
}

function optionLabel(field: FieldDescriptor, value: unknown): string {
  const option = field.options?.find((o) => o.value === value)
  return option ? option.label : String(value)
}

function cell(
  field: FieldDescriptor,
  row: Values,
  timeZone: string,
  typed: boolean,
): Cell {
  const value = row[field.name]
  if (value === null || value === undefined || value === '') return null
  switch (field.type) {
    case 'boolean':
      return typed ? Boolean(value) : value ? 'true' : 'false'
    case 'datetime':
      return inTimeZone(String(value), timeZone)
    case 'enum':
      return optionLabel(field, value)
    case 'multiselect':
      return (value as unknown[]).map((v) => optionLabel(field, v)).join('; ')
    case 'refs':
      return (value as unknown[]).join('; ')
    case 'ref': {
      const relation = relationName(field)
      if (!relation) return String(value)
      // A related record the reader may not see is left out, not named.
      const embedded = row[relation] as Values | null
      return embedded ? String(embedded.name ?? '') : null
    }
    default:
      if (typed && NUMBERS.has(field.type)) return Number(value)
      return String(value)
  }
}

/**
 * One record's cells, in the columns' order; `typed` keeps numbers and
 * booleans as such (a spreadsheet), otherwise every cell is text (CSV).
 */
export function exportRow(
  columns: Column[],
  row: Values,
  timeZone: string,
  typed: boolean,
): Cell[] {
  return columns.map(({ field }) =>
    field ? cell(field, row, timeZone, typed) : String(row.id),
  )
}
