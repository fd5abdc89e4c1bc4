import { sql } from 'kysely'
import type {
  FieldDescriptor,
  FieldOption,
  FieldType,
} from '../../../shared/record-type.js'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import type { Actor } from '../access/actor.js'
import type { RecordType } from '../records/record-type.js'
import { hasOptions } from './custom-field-input.js'

interface CustomFieldRow {
  name: string
  label: string
  type: FieldType
  required: boolean
  options: FieldOption[]
  help_text: string | null
}

export async function customFieldsOf(
  tx: Tx,
  actor: Actor,
  recordType: string,
): Promise<FieldDescriptor[]> {
  const { rows } = await sql<CustomFieldRow>`
    SELECT name, label, type, required, options, help_text
    FROM custom_field
    WHERE tenant_id = ${actor.tenantId} AND record_type = ${recordType}
      AND deleted_at IS NULL
    ORDER BY position, name`.execute(tx)
  return rows.map((row) => ({
    name: row.name,
    label: row.label,
    type: row.type,
    required: row.required,
    options: hasOptions(row.type) ? row.options : undefined,
    helpText: row.help_text ?? undefined,
    scale: row.type === 'decimal' ? 6 : undefined,
    custom: true,
    filterable: true,
    sortable: row.type !== 'multiselect',
  }))
}

/**
 * The record type as this workspace sees it: its built-in fields with the
 * workspace's custom fields before the system ones. Every path that reads
 * or writes records works from this, so custom fields are validated,
 * filtered, sorted and audited like built-in ones.
 */
export async function withCustomFields(
  tx: Tx,
  actor: Actor,
  type: RecordType,
): Promise<RecordType> {
  if (!type.customizable || type.resolved) return type
  const custom = await customFieldsOf(tx, actor, type.name)
  const system = type.fields.findIndex((f) => f.name === 'created_at')
  const fields = [...type.fields]
  fields.splice(system < 0 ? fields.length : system, 0, ...custom)
  return { ...type, fields, resolved: true }
}
