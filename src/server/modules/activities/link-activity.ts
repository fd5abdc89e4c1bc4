import { sql } from 'kysely'
import { z } from 'zod'
import { fieldError } from '../../platform/http/errors.js'
import type { Values, WriteContext } from '../records/record-type.js'

export const LINKABLE_TYPES = new Map([
  ['account', 'account'],
  ['contact', 'contact'],
  ['lead', 'lead'],
  ['opportunity', 'opportunity'],
])

export const linksSchema = z
  .array(z.object({ recordType: z.string(), recordId: z.uuid() }))
  .max(20)

/** Puts a new activity on the timeline of each record it is linked to. */
export async function linkActivity(
  activity: Values,
  input: Values,
  ctx: WriteContext,
) {
  const parsed = linksSchema.safeParse(input.links ?? [])
  if (!parsed.success) throw fieldError('links', 'Links are not valid')

  for (const link of parsed.data) {
    const table = LINKABLE_TYPES.get(link.recordType)
    if (!table) {
      throw fieldError('links', `Cannot link to a ${link.recordType}`)
    }
    // FOR SHARE: the record cannot be deleted until this link commits.
    const { rows } = await sql`
      SELECT 1 FROM ${sql.table(table)}
      WHERE tenant_id = ${ctx.actor.tenantId} AND id = ${link.recordId}
        AND deleted_at IS NULL
      FOR SHARE`.execute(ctx.tx)
    if (rows.length === 0) {
      throw fieldError('links', `No ${link.recordType} ${link.recordId}`)
    }
    await sql`
      INSERT INTO activity_link
        (tenant_id, activity_id, record_type, record_id, occurred_at)
      VALUES (${ctx.actor.tenantId}, ${activity.id}, ${link.recordType},
        ${link.recordId}, ${activity.occurred_at})
      ON CONFLICT DO NOTHING`.execute(ctx.tx)
  }
}
