import { sql } from 'kysely'
import type { FieldDescriptor, FieldType } from '../../../shared/record-type.js'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError, fieldError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { requireAdminAction } from '../access/policy.js'
import { writeAudit } from '../audit/write-audit.js'
import { findWorkspaceType } from '../custom-objects/workspace-types.js'
import type { CustomFieldChange } from './custom-field-change.js'
import type { CustomFieldInput } from './custom-field-input.js'
import { defineField, type StoredComputed } from './field-definition.js'
import { refuseIfRead } from './field-readers.js'
import {
  migrateValues,
  refuseUnlessFilled,
  refuseUnlessUnique,
} from './migrate-values.js'
import { rebuildValueIndex } from './rebuild-value-index.js'
import { canConvert } from './value-conversion.js'

interface StoredField extends CustomFieldInput {
  id: string
  computed: StoredComputed | null
}

async function storedField(tx: Tx, actor: Actor, id: string) {
  const { rows } = await sql<StoredField>`
    SELECT id, record_type AS "recordType", name, label, type, required,
      options, help_text AS "helpText", ref, computed,
      default_value AS "defaultValue", is_unique AS "unique", indexed,
      min::float8 AS min, max::float8 AS max, pattern
    FROM custom_field
    WHERE tenant_id = ${actor.tenantId} AND id = ${id} AND deleted_at IS NULL
    FOR UPDATE`.execute(tx)
  if (!rows[0]) throw new AppError('not_found', { detail: `No field ${id}` })
  const { id: _, computed, ...field } = rows[0]
  if (computed?.kind === 'rollup') {
    const { object, via, fn, field: summed } = computed
    Object.assign(field, { rollup: { object, via, fn, field: summed } })
  } else if (computed?.kind === 'formula') {
    const { expression, type } = computed
    Object.assign(field, { formula: { expression, type } })
  }
  // Stored nulls mean "not set", as an absent key does in the input.
  return Object.fromEntries(
    Object.entries(field).filter(([, v]) => v !== null),
  ) as CustomFieldInput
}

/**
 * Changes a field's definition. Stored values are converted to a new type
 * and checked against new options and rules; when any cannot comply the
 * change is refused with the reason and nothing is written.
 */
export async function changeCustomField(
  tx: Tx,
  actor: Actor,
  id: string,
  change: CustomFieldChange,
) {
  requireAdminAction(actor, 'manage_settings')
  const before = await storedField(tx, actor, id)
  const after: CustomFieldInput = { ...before }
  for (const [key, value] of Object.entries(change)) {
    if (value === undefined) continue
    Object.assign(after, { [key]: value === null ? undefined : value })
  }
  if (change.formula) {
    after.formula = {
      ...before.formula,
      ...change.formula,
      type: change.formula.type ?? before.formula?.type ?? 'decimal',
    }
  }
  if ('defaultValue' in change && change.defaultValue === null) {
    after.defaultValue = undefined
  }
  const type = await findWorkspaceType(tx, actor, before.recordType)
  if (!type) {
    throw new AppError('not_found', {
      detail: `The ${before.recordType} object was retired with its fields`,
    })
  }
  const old = type.fields.find((f) => f.name === before.name) as FieldDescriptor
  const from = before.type
  const to = after.type
  const computed = ['rollup', 'formula']
  if (from !== to) {
    if (
      computed.includes(from) ||
      computed.includes(to) ||
      !canConvert(from as FieldType, to as FieldType)
    ) {
      throw fieldError('type', `A ${from} field cannot become a ${to} field`)
    }
    await refuseIfRead(tx, actor, before.recordType, before.name, 'type')
  }
  const definition = await defineField(tx, actor, type, after)
  const { descriptor } = definition
  // Formulas and rollups read this field as its old type: it stays.
  if (descriptor.type !== old.type && from === to) {
    await refuseIfRead(tx, actor, before.recordType, before.name, 'rollup')
  }
  const migrated = computed.includes(to)
    ? 0
    : await migrateValues(tx, actor, type, old, descriptor)
  if (descriptor.required) await refuseUnlessFilled(tx, actor, type, descriptor)
  if (descriptor.unique) await refuseUnlessUnique(tx, actor, type, descriptor)
  if (after.indexed || before.indexed) {
    await rebuildValueIndex(tx, actor, type, descriptor)
  }

  const json = (v: unknown) =>
    v === undefined || v === null ? null : JSON.stringify(v)
  await sql`
    UPDATE custom_field SET label = ${after.label}, type = ${after.type},
      required = ${after.required}, help_text = ${after.helpText ?? null},
      options = ${JSON.stringify(descriptor.options ?? [])}::jsonb,
      computed = ${json(definition.computed)}::jsonb,
      default_value = ${json(descriptor.defaultValue)}::jsonb,
      is_unique = ${after.unique}, indexed = ${after.indexed},
      min = ${after.min ?? null}, max = ${after.max ?? null},
      pattern = ${after.pattern ?? null}, updated_at = now()
    WHERE tenant_id = ${actor.tenantId} AND id = ${id}`.execute(tx)
  const changes = Object.fromEntries(
    Object.keys(change)
      .filter(
        (k) =>
          json(before[k as keyof CustomFieldInput]) !==
          json(after[k as keyof CustomFieldInput]),
      )
      .map((k) => [
        k,
        {
          from: before[k as keyof CustomFieldInput] ?? null,
          to: after[k as keyof CustomFieldInput] ?? null,
        },
      ]),
  )
  if (migrated > 0) changes.values = { from: null, to: `${migrated} converted` }
  if (Object.keys(changes).length > 0) {
    await writeAudit(tx, actor, [
      {
        recordType: 'custom_field',
        recordId: id,
        action: 'update',
        changes,
        reasonCode: 'custom_field_changed',
      },
    ])
  }
  return { id, ...after }
}
