import { sql } from 'kysely'
import { z } from 'zod'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError, fieldError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { requireAdminAction } from '../access/policy.js'
import { writeAudit } from '../audit/write-audit.js'
import { customFieldsOf } from '../custom-fields/with-custom-fields.js'
import { workspaceTypes } from '../custom-objects/workspace-types.js'

export const fieldRuleInput = z.strictObject({
  roleId: z.uuid(),
  recordType: z.string().max(63),
  field: z.string().max(63),
  access: z.enum(['hidden', 'read_only', 'editable']),
})

export type FieldRuleInput = z.infer<typeof fieldRuleInput>

export interface FieldRule {
  roleId: string
  roleKey: string
  roleName: string
  recordType: string
  field: string
  access: 'hidden' | 'read_only'
}

/** Every field rule of the workspace, by role, type and field. */
export async function listFieldRules(
  tx: Tx,
  actor: Actor,
): Promise<FieldRule[]> {
  const { rows } = await sql<FieldRule>`
    SELECT f.role_id AS "roleId", r.key AS "roleKey", r.name AS "roleName",
      f.record_type AS "recordType", f.field, f.access
    FROM field_rule f
    JOIN role r ON r.tenant_id = f.tenant_id AND r.id = f.role_id
    WHERE f.tenant_id = ${actor.tenantId} AND r.deleted_at IS NULL
    ORDER BY r.name, f.record_type, f.field`.execute(tx)
  return rows
}

// What access is decided by, and what names a record, stays visible.
const ALWAYS_SEEN = new Set(['id', 'owner_id', 'created_by_id'])

async function requireRuleTarget(tx: Tx, actor: Actor, input: FieldRuleInput) {
  const types = await workspaceTypes(tx, actor)
  const type = types.find((t) => t.name === input.recordType)
  if (!type) {
    throw fieldError('recordType', `No record type "${input.recordType}"`)
  }
  const fields = [
    ...type.fields,
    ...(type.customizable ? await customFieldsOf(tx, actor, type.name) : []),
  ]
  const field = fields.find((f) => f.name === input.field)
  if (!field) {
    throw fieldError(
      'field',
      `${type.labelPlural} have no field "${input.field}"`,
    )
  }
  if (ALWAYS_SEEN.has(field.name) || field.name === type.titleField) {
    throw fieldError(
      'field',
      `"${field.label}" decides access or names the record; it stays visible`,
    )
  }
  return field
}

/**
 * Sets what one role may do with one field: hidden, read-only, or
 * editable (no rule). Recorded in the audit under the role.
 */
export async function setFieldRule(
  tx: Tx,
  actor: Actor,
  input: FieldRuleInput,
): Promise<FieldRuleInput> {
  requireAdminAction(actor, 'manage_settings')
  const { rows: roles } = await sql<{ id: string }>`
    SELECT id FROM role WHERE tenant_id = ${actor.tenantId}
      AND id = ${input.roleId} AND deleted_at IS NULL`.execute(tx)
  if (!roles[0]) throw new AppError('not_found', { detail: 'No such role' })
  await requireRuleTarget(tx, actor, input)
  const key = sql`tenant_id = ${actor.tenantId} AND role_id = ${input.roleId}
    AND record_type = ${input.recordType} AND field = ${input.field}`
  const { rows: held } = await sql<{ access: string }>`
    DELETE FROM field_rule WHERE ${key} RETURNING access`.execute(tx)
  if (input.access !== 'editable') {
    await sql`INSERT INTO field_rule (tenant_id, role_id, record_type, field,
        access)
      VALUES (${actor.tenantId}, ${input.roleId}, ${input.recordType},
        ${input.field}, ${input.access})`.execute(tx)
  }
  const from = held[0]?.access ?? 'editable'
  if (from !== input.access) {
    await writeAudit(tx, actor, [
      {
        recordType: 'role',
        recordId: input.roleId,
        action: 'update',
        changes: {
          [`field:${input.recordType}.${input.field}`]: {
            from,
            to: input.access,
          },
        },
        reasonCode: 'field_rule_set',
      },
    ])
  }
  return input
}
