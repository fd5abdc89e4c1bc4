import { ownerField, systemFields, text } from '../records/fields.js'
import type { RecordType } from '../records/record-type.js'

export interface CustomObjectRow {
  id: string
  name: string
  plural: string
  label: string
  label_plural: string
}

/**
 * A custom object as a record type: a name, an owner and the fields its
 * administrators add, in the table all custom objects' records share.
 */
export function customObjectType(row: CustomObjectRow): RecordType {
  return {
    name: row.name,
    plural: row.plural,
    label: row.label,
    labelPlural: row.label_plural,
    table: 'custom_record',
    scope: { column: 'object_type', value: row.name },
    customizable: true,
    customObject: true,
    titleField: 'name',
    defaultSort: 'name',
    searchColumns: ['name'],
    fields: [
      text('name', 'Name', { required: true, max: 500 }),
      ownerField,
      ...systemFields,
    ],
  }
}
