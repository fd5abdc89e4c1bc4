import { sql } from 'kysely'
import type {
  FieldDescriptor,
  FieldOption,
  FieldType,
} from '../../../shared/record-type.js'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import type { Actor } from '../access/actor.js'
import { asSeenBy } from '../access/field-access.js'
import { bindBroken, bindFormula } from '../records/formula-sql.js'
import type { RecordType } from '../records/record-type.js'
import { type StoredComputed, toDescriptor } from './field-definition.js'
import { FormulaError } from './formula.js'

interface CustomFieldRow {
  name: string
  label: string
  type: FieldType | 'rollup' | 'formula'
  required: boolean
  options: FieldOption[]
  help_text: string | null
  ref: string | null
  computed: StoredComputed | null
  default_value: unknown
  is_unique: boolean
  indexed: boolean
  min: string | null
  max: string | null
  pattern: string | null
}

export async function customFieldsOf(
  tx: Tx,
  actor: Actor,
  recordType: string,
): Promise<FieldDescriptor[]> {
  const { rows } = await sql<CustomFieldRow>`
    SELECT name, label, type, required, options, help_text, ref, computed,
      default_value, is_unique, indexed, min, max, pattern
    FROM custom_field
    WHERE tenant_id = ${actor.tenantId} AND record_type = ${recordType}
      AND deleted_at IS NULL
    ORDER BY position, name`.execute(tx)
  return rows.map((row) =>
    toDescriptor({
      ...row,
      type: row.computed?.type ?? (row.type as FieldType),
      helpText: row.help_text,
      defaultValue: row.default_value,
      unique: row.is_unique,
    }),
  )
}

/**
 * The record type as this workspace sees it: its built-in fields with the
 * workspace's custom fields before the system ones. Every path that reads
 * or writes records works from this, so custom fields are validated,
 * filtered, sorted and audited like built-in ones. The fields the actor's
 * roles hide are taken out here, on every path at once.
 */
export async function withCustomFields(
  tx: Tx,
  actor: Actor,
  type: RecordType,
): Promise<RecordType> {
  if (type.resolved) return type
  if (!type.customizable) return asSeenBy(actor, { ...type, resolved: true })
  const custom = await customFieldsOf(tx, actor, type.name)
  const system = type.fields.findIndex((f) => f.name === 'created_at')
  const fields = [...type.fields]
  const at = system < 0 ? fields.length : system
  fields.splice(at, 0, ...custom)
  // A formula reads the built-in fields and the custom ones before it.
  custom.forEach((field, i) => {
    if (field.computed?.kind !== 'formula') return
    try {
      bindFormula(field.computed, [...type.fields, ...custom.slice(0, i)])
    } catch (error) {
      if (!(error instanceof FormulaError)) throw error
      bindBroken(field.computed)
    }
  })
  return asSeenBy(actor, { ...type, fields, resolved: true })
}
