import { sql } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import { translateConstraintError } from '../../platform/db/constraint-errors.js'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError, fieldError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { requireAdminAction } from '../access/policy.js'
import { writeAudit } from '../audit/write-audit.js'
import { findWorkspaceType } from '../custom-objects/workspace-types.js'
import type { CustomFieldInput } from './custom-field-input.js'
import { defineField } from './field-definition.js'
import { refuseIfRead } from './field-readers.js'
import { fillNewField } from './fill-new-field.js'

const RESERVED = new Set([
  'id',
  'custom',
  'tenant_id',
  'deleted_at',
  'object_type',
])

/** Adds a field to a record type of this workspace: no migration needed. */
export async function defineCustomField(
  tx: Tx,
  actor: Actor,
  input: CustomFieldInput,
) {
  requireAdminAction(actor, 'manage_settings')
  const type = await findWorkspaceType(tx, actor, input.recordType)
  if (!type?.customizable) {
    throw fieldError('recordType', `${input.recordType} takes no custom fields`)
  }
  const builtIn = type.fields.some((f) => f.name === input.name && !f.custom)
  if (builtIn || RESERVED.has(input.name)) {
    throw fieldError('name', `${type.labelPlural} already have "${input.name}"`)
  }
  const id = uuidv7()
  // A retired field's values stay in the records, so its name is never
  // given to another field that would read them as its own.
  const { rows: taken } = await sql<{ retired: boolean }>`
    SELECT deleted_at IS NOT NULL AS retired FROM custom_field
    WHERE tenant_id = ${actor.tenantId} AND record_type = ${type.name}
      AND name = ${input.name}`.execute(tx)
  if (taken.length > 0) {
    throw new AppError('conflict', {
      detail: taken.some((row) => !row.retired)
        ? `${type.labelPlural} already have a field "${input.name}"`
        : `${type.labelPlural} had a field "${input.name}"; its values are kept, so choose another name`,
    })
  }
  const { computed, descriptor } = await defineField(tx, actor, type, input)
  const options = descriptor.options ?? []
  const json = (v: unknown) =>
    v === undefined || v === null ? null : JSON.stringify(v)
  await sql`INSERT INTO custom_field (tenant_id, id, record_type, name, label,
      type, required, options, help_text, ref, computed, default_value,
      is_unique, indexed, min, max, pattern, position)
    VALUES (${actor.tenantId}, ${id}, ${type.name}, ${input.name},
      ${input.label}, ${input.type}, ${input.required},
      ${JSON.stringify(options)}::jsonb, ${input.helpText ?? null},
      ${descriptor.ref ?? null}, ${json(computed)}::jsonb,
      ${json(descriptor.defaultValue)}::jsonb, ${input.unique},
      ${input.indexed}, ${input.min ?? null}, ${input.max ?? null},
      ${input.pattern ?? null},
      (SELECT count(*) FROM custom_field WHERE tenant_id = ${actor.tenantId}
        AND record_type = ${type.name}))`
    .execute(tx)
    .catch((error) => translateConstraintError(error, 'custom_field'))
  const filled = await fillNewField(tx, actor, type, descriptor)
  await writeAudit(tx, actor, [
    {
      recordType: 'custom_field',
      recordId: id,
      action: 'create',
      changes: {
        definition: { from: null, to: { ...input, options } },
        ...(filled > 0 && { values: { from: null, to: `${filled} filled` } }),
      },
      reasonCode: 'custom_field_defined',
    },
  ])
  return { id, ...input, recordType: type.name, options }
}

/**
 * Retires a field: it leaves forms, lists and the API. Stored values stay
 * in the records and every change to them stays in the audit log.
 */
export async function retireCustomField(tx: Tx, actor: Actor, id: string) {
  requireAdminAction(actor, 'manage_settings')
  const { rows: found } = await sql<{ name: string; record_type: string }>`
    SELECT name, record_type FROM custom_field
    WHERE tenant_id = ${actor.tenantId} AND id = ${id} AND deleted_at IS NULL
    FOR UPDATE`.execute(tx)
  if (!found[0]) throw new AppError('not_found', { detail: `No field ${id}` })
  await refuseIfRead(tx, actor, found[0].record_type, found[0].name, 'id')
  const { rows } = await sql<{ name: string; record_type: string }>`
    UPDATE custom_field SET deleted_at = now(), updated_at = now()
    WHERE tenant_id = ${actor.tenantId} AND id = ${id} AND deleted_at IS NULL
    RETURNING name, record_type`.execute(tx)
  if (!rows[0]) throw new AppError('not_found', { detail: `No field ${id}` })
  await writeAudit(tx, actor, [
    {
      recordType: 'custom_field',
      recordId: id,
      action: 'delete',
      changes: { name: { from: rows[0].name, to: null } },
      reasonCode: 'custom_field_retired',
    },
  ])
}

export async function listCustomFields(tx: Tx, actor: Actor) {
  const { rows } = await sql`
    SELECT id, record_type AS "recordType", name, label, type, required,
      options, help_text AS "helpText", ref, computed,
      default_value AS "defaultValue", is_unique AS "unique", indexed,
      min::float8 AS min, max::float8 AS max, pattern, position
    FROM custom_field f
    WHERE tenant_id = ${actor.tenantId} AND deleted_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM custom_object o
        WHERE o.tenant_id = f.tenant_id AND o.name = f.record_type
          AND o.deleted_at IS NOT NULL)
    ORDER BY record_type, position, name`.execute(tx)
  return rows
}
