import { sql } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import { z } from 'zod'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError, fieldError } from '../../platform/http/errors.js'
import { writeAudit } from '../audit/write-audit.js'
import { findWorkspaceType } from '../custom-objects/workspace-types.js'
import type { RecordType, Values } from '../records/record-type.js'
import { textSchema } from '../records/value-schema.js'
import type { Actor } from './actor.js'
import { requireValidCondition } from './check-condition.js'
import { type Condition, conditionSchema, meets } from './conditions.js'
import { requireAdminAction } from './policy.js'

export const guardRuleInput = z.strictObject({
  recordType: z.string(),
  name: textSchema({ required: true, max: 200 }),
  when: conditionSchema,
  action: z.enum(['view', 'edit', 'delete']),
  fields: z.array(z.string()).min(1).max(100).optional(),
  /** For view: whose records meeting the condition a reader still sees. */
  within: z.enum(['own', 'team', 'region', 'manager']).optional(),
  exceptRoles: z.array(z.string()).max(20).default([]),
})

export type GuardRuleInput = z.infer<typeof guardRuleInput>

export interface GuardRule {
  id: string
  recordType: string
  name: string
  when: Condition
  action: 'view' | 'edit' | 'delete'
  fields: string[] | null
  within: 'own' | 'team' | 'region' | 'manager' | null
  exceptRoles: string[]
}

const SELECT = sql`SELECT id, record_type AS "recordType", name,
  condition AS "when", action, fields, within,
  except_roles AS "exceptRoles"
  FROM guard_rule`

export async function listGuardRules(
  tx: Tx,
  actor: Actor,
  recordType?: string,
): Promise<GuardRule[]> {
  const only = recordType ? sql`AND record_type = ${recordType}` : sql``
  const { rows } = await sql<GuardRule>`${SELECT}
    WHERE tenant_id = ${actor.tenantId} AND deleted_at IS NULL ${only}
    ORDER BY record_type, name`.execute(tx)
  return rows
}

/** Adds a guard rule; conditions may name any field of the type. */
export async function defineGuardRule(
  tx: Tx,
  actor: Actor,
  input: GuardRuleInput,
) {
  requireAdminAction(actor, 'manage_settings')
  const type = await findWorkspaceType(tx, actor, input.recordType)
  if (!type)
    throw fieldError('recordType', `No record type "${input.recordType}"`)
  requireValidCondition(type, input.when)
  const names = new Set(type.fields.map((f) => f.name))
  const unknown = (input.fields ?? []).filter((name) => !names.has(name))
  if (unknown.length > 0) {
    throw fieldError(
      'fields',
      `${type.labelPlural} have no field "${unknown[0]}"`,
    )
  }
  if (input.action === 'view') {
    if (!input.within) {
      throw fieldError(
        'within',
        'Say whose records stay visible: own, team, region or manager',
      )
    }
    if (input.fields) {
      throw fieldError(
        'fields',
        'A guard on seeing applies to the whole record',
      )
    }
  } else if (input.within) {
    throw fieldError(
      'within',
      'Only a guard on seeing keeps records within a reach',
    )
  }
  const id = uuidv7()
  await sql`INSERT INTO guard_rule (tenant_id, id, record_type, name,
      condition, action, fields, within, except_roles)
    VALUES (${actor.tenantId}, ${id}, ${type.name}, ${input.name},
      ${JSON.stringify(input.when)}::jsonb, ${input.action},
      ${input.fields ?? null}::text[], ${input.within ?? null},
      ${input.exceptRoles}::text[])`.execute(tx)
  await writeAudit(tx, actor, [
    {
      recordType: 'guard_rule',
      recordId: id,
      action: 'create',
      changes: { definition: { from: null, to: input } },
      reasonCode: 'guard_rule_defined',
    },
  ])
  return { id, ...input }
}

export async function retireGuardRule(tx: Tx, actor: Actor, id: string) {
  requireAdminAction(actor, 'manage_settings')
  const { rows } = await sql<{ name: string }>`
    UPDATE guard_rule SET deleted_at = now(), updated_at = now()
    WHERE tenant_id = ${actor.tenantId} AND id = ${id} AND deleted_at IS NULL
    RETURNING name`.execute(tx)
  if (!rows[0])
    throw new AppError('not_found', { detail: `No guard rule ${id}` })
  await writeAudit(tx, actor, [
    {
      recordType: 'guard_rule',
      recordId: id,
      action: 'delete',
      changes: { name: { from: rows[0].name, to: null } },
      reasonCode: 'guard_rule_retired',
    },
  ])
}

/** The guard rules that stop this actor's action on this record. */
export function blockingRules(
  rules: GuardRule[],
  actor: Actor,
  action: 'edit' | 'delete',
  row: Values,
  changed?: string[],
  type?: RecordType,
): GuardRule[] {
  const all = type ? [...type.fields, ...(type.withheld ?? [])] : []
  const fieldOf = (name: string) => all.find((f) => f.name === name)
  const held = new Set(actor.rights?.roles.map((r) => r.key) ?? [])
  if (actor.via === 'system') return []
  return rules.filter(
    (rule) =>
      rule.action === action &&
      !rule.exceptRoles.some((key) => held.has(key)) &&
      meets(rule.when, row, fieldOf) &&
      (!rule.fields ||
        !changed ||
        changed.some((f) => rule.fields?.includes(f))),
  )
}

/**
 * Refuses an action a guard rule stops, naming the rule: no role widens
 * a guard, only its own exceptions pass it. An edit is held to the record
 * as it is and as it would be, so one request cannot move a record into
 * a guarded state and change what the guard protects.
 */
export async function requireGuardsPass(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  action: 'edit' | 'delete',
  row: Values,
  changed?: string[],
  after?: Values,
): Promise<void> {
  const rules = await listGuardRules(tx, actor, type.name)
  const [rule] = [row, ...(after ? [after] : [])].flatMap((state) =>
    blockingRules(rules, actor, action, state, changed, type),
  )
  if (!rule) return
  const what =
    rule.fields && changed
      ? `change ${changed.filter((f) => rule.fields?.includes(f)).join(', ')} of`
      : action
  throw new AppError('forbidden', {
    detail: `"${rule.name}": you may not ${what} this ${type.label.toLowerCase()}`,
  })
}
