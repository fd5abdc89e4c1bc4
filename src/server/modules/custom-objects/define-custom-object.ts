import { sql } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import { translateConstraintError } from '../../platform/db/constraint-errors.js'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError, fieldError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { requireAdminAction } from '../access/policy.js'
import { writeAudit } from '../audit/write-audit.js'
import { type CustomObjectInput, defaultPlural } from './custom-object-input.js'
import { isReserved } from './reserved-names.js'

const COLUMNS = sql`id, name, plural, label, label_plural AS "labelPlural"`

/** Adds a record type to this workspace: no migration, no restart. */
export async function defineCustomObject(
  tx: Tx,
  actor: Actor,
  input: CustomObjectInput,
) {
  requireAdminAction(actor, 'manage_settings')
  const plural = input.plural ?? defaultPlural(input.name)
  if (isReserved(input.name)) {
    throw fieldError('name', `"${input.name}" is taken by Rapport itself`)
  }
  if (plural.length > 63) {
    throw fieldError('plural', 'Give a plural of at most 63 characters')
  }
  if (isReserved(plural)) {
    throw fieldError('plural', `"${plural}" is taken by Rapport itself`)
  }
  const { rows: taken } = await sql<{ name: string }>`
    SELECT name FROM custom_object
    WHERE tenant_id = ${actor.tenantId}
      AND (name = ${input.name} OR (plural = ${plural} AND deleted_at IS NULL))`.execute(
    tx,
  )
  if (taken.length > 0) {
    const sameName = taken.some((row) => row.name === input.name)
    throw new AppError('conflict', {
      detail: sameName
        ? `An object named "${input.name}" exists or existed; names are never reused`
        : `Another object is served at "${plural}"`,
    })
  }
  const id = uuidv7()
  const { rows } = await sql`
    INSERT INTO custom_object (tenant_id, id, name, plural, label, label_plural)
    VALUES (${actor.tenantId}, ${id}, ${input.name}, ${plural}, ${input.label},
      ${input.labelPlural})
    RETURNING ${COLUMNS}`
    .execute(tx)
    .catch((error) => translateConstraintError(error, 'custom_object'))
  await writeAudit(tx, actor, [
    {
      recordType: 'custom_object',
      recordId: id,
      action: 'create',
      changes: { definition: { from: null, to: { ...input, plural } } },
      reasonCode: 'custom_object_defined',
    },
  ])
  return rows[0]
}

/**
 * Retires an object: it leaves the navigation, metadata and API. Its
 * records, their history and the name stay, so nothing is lost.
 */
export async function retireCustomObject(tx: Tx, actor: Actor, id: string) {
  requireAdminAction(actor, 'manage_settings')
  const { rows } = await sql<{ name: string }>`
    UPDATE custom_object SET deleted_at = now(), updated_at = now()
    WHERE tenant_id = ${actor.tenantId} AND id = ${id} AND deleted_at IS NULL
    RETURNING name`.execute(tx)
  if (!rows[0]) throw new AppError('not_found', { detail: `No object ${id}` })
  await writeAudit(tx, actor, [
    {
      recordType: 'custom_object',
      recordId: id,
      action: 'delete',
      changes: { name: { from: rows[0].name, to: null } },
      reasonCode: 'custom_object_retired',
    },
  ])
}

export async function listCustomObjects(tx: Tx, actor: Actor) {
  const { rows } = await sql`
    SELECT ${COLUMNS} FROM custom_object
    WHERE tenant_id = ${actor.tenantId} AND deleted_at IS NULL
    ORDER BY label`.execute(tx)
  return rows
}
