import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import type { Actor } from '../access/actor.js'
import { requireRecordAction, visibleRows } from '../access/policy.js'
import { withCustomFields } from '../custom-fields/with-custom-fields.js'
import { requireRow } from '../records/get-record.js'
import { beforeInstant, toPage } from '../records/keyset-page.js'
import type { RecordType, Values } from '../records/record-type.js'
import { activityType } from './activity-type.js'

/** The activities linked to a record, newest first. */
export async function listTimeline(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  recordId: string,
  params: { limit: number; cursor?: string },
) {
  requireRecordAction(actor, 'view', activityType)
  await requireRow(tx, actor, type, recordId)
  const seen = await withCustomFields(tx, actor, activityType)
  const hidden = (seen.withheld ?? []).map((f) => f.name)
  const keyset = beforeInstant(params.cursor, 'l.occurred_at', 'l.activity_id')
  const { rows } = await sql<Values>`
    SELECT t.id, t.type, t.subject, t.body, t.occurred_at, t.due_at,
      t.completed_at, t.duration_minutes, t.owner_id, u.name AS owner_name
    FROM activity_link l
    JOIN activity t ON t.tenant_id = l.tenant_id AND t.id = l.activity_id
    LEFT JOIN app_user u ON u.tenant_id = t.tenant_id AND u.id = t.owner_id
    WHERE l.tenant_id = ${actor.tenantId} AND l.record_type = ${type.name}
      AND l.record_id = ${recordId} AND t.deleted_at IS NULL
      AND ${visibleRows(actor, activityType)} ${keyset}
    ORDER BY l.occurred_at DESC, l.activity_id DESC
    LIMIT ${params.limit + 1}`.execute(tx)

  return toPage(
    rows,
    params.limit,
    (row) => ({ value: row.occurred_at, id: String(row.id) }),
    ({ owner_name, ...a }) => {
      // Fields the reader's roles hide stay out of the timeline too.
      for (const name of hidden) delete a[name]
      return {
        ...a,
        owner: a.owner_id ? { id: a.owner_id, name: owner_name } : null,
      }
    },
  )
}
