import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { writeAudit } from '../audit/write-audit.js'
import type { RecordType } from '../records/record-type.js'
import { requireSharer } from './require-sharer.js'

/** Ends a share of a record; its history stays in the record's audit. */
export async function unshareRecord(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  recordId: string,
  shareId: string,
): Promise<void> {
  await requireSharer(tx, actor, type, recordId)
  const { rows } = await sql<{ access: string; whom: string; team: boolean }>`
    DELETE FROM record_share s
    WHERE s.tenant_id = ${actor.tenantId} AND s.record_type = ${type.name}
      AND s.record_id = ${recordId} AND s.id = ${shareId}
    RETURNING s.access, s.team_id IS NOT NULL AS team,
      coalesce((SELECT name FROM app_user WHERE tenant_id = s.tenant_id
        AND id = s.user_id), (SELECT name FROM team WHERE
        tenant_id = s.tenant_id AND id = s.team_id)) AS whom`.execute(tx)
  const gone = rows[0]
  if (!gone) {
    throw new AppError('not_found', { detail: `No share ${shareId}` })
  }
  await writeAudit(tx, actor, [
    {
      recordType: type.name,
      recordId,
      action: 'update',
      changes: {
        shared_with: {
          from: {
            [gone.team ? 'team' : 'user']: gone.whom,
            access: gone.access,
          },
          to: null,
        },
      },
      reasonCode: 'share_ended',
    },
  ])
}
