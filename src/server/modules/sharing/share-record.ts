import { sql } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError, fieldError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { writeAudit } from '../audit/write-audit.js'
import type { RecordType } from '../records/record-type.js'
import { requireSharer } from './require-sharer.js'
import type { Share, ShareInput } from './share-input.js'

async function requireGrantee(tx: Tx, actor: Actor, input: ShareInput) {
  const [table, id, field] = input.userId
    ? ['app_user', input.userId, 'userId']
    : ['team', input.teamId, 'teamId']
  const { rows } = await sql<{ name: string }>`
    SELECT name FROM ${sql.table(table)}
    WHERE tenant_id = ${actor.tenantId} AND id = ${id}
      AND deleted_at IS NULL`.execute(tx)
  if (!rows[0]) throw fieldError(field, `No ${field.slice(0, 4)} ${id}`)
  return rows[0].name
}

/**
 * Shares a record with a user or team, read or edit, maybe until a date;
 * sharing again with the same one changes that share.
 */
export async function shareRecord(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  recordId: string,
  input: ShareInput,
): Promise<Share> {
  await requireSharer(tx, actor, type, recordId)
  const name = await requireGrantee(tx, actor, input)
  const expiresAt = input.expiresAt ?? null
  if (expiresAt && Date.parse(expiresAt) <= Date.now()) {
    throw fieldError('expiresAt', 'Give a moment in the future')
  }
  if (input.userId && input.userId === actor.userId) {
    throw fieldError('userId', 'You cannot share a record with yourself')
  }
  const grantee = input.userId
    ? sql`user_id = ${input.userId}`
    : sql`team_id = ${input.teamId}`
  const { rows: held } = await sql<{ id: string; access: string }>`
    DELETE FROM record_share
    WHERE tenant_id = ${actor.tenantId} AND record_type = ${type.name}
      AND record_id = ${recordId} AND ${grantee}
    RETURNING id, access`.execute(tx)
  const id = held[0]?.id ?? uuidv7()
  const { rows } = await sql<{ created_at: string }>`
    INSERT INTO record_share (tenant_id, id, record_type, record_id, user_id,
      team_id, access, expires_at, created_by_id)
    VALUES (${actor.tenantId}, ${id}, ${type.name}, ${recordId},
      ${input.userId ?? null}, ${input.teamId ?? null}, ${input.access},
      ${expiresAt}, ${actor.userId})
    RETURNING created_at`.execute(tx)
  const whom = { ...(input.userId ? { user: name } : { team: name }) }
  await writeAudit(tx, actor, [
    {
      recordType: type.name,
      recordId,
      action: 'update',
      changes: {
        shared_with: {
          from: held[0] ? { ...whom, access: held[0].access } : null,
          to: { ...whom, access: input.access, expiresAt },
        },
      },
      reasonCode: 'record_shared',
    },
  ])
  const person = input.userId ? { id: input.userId, name } : null
  const team = input.teamId ? { id: input.teamId, name } : null
  if (!rows[0]) throw new AppError('conflict', { detail: 'Share not saved' })
  return {
    id,
    user: person,
    team,
    access: input.access,
    expiresAt,
    createdAt: rows[0].created_at,
  }
}
