import { sql } from 'kysely'
import { z } from 'zod'
import { fieldError } from '../../platform/http/errors.js'
import type { Values, WriteContext } from '../records/record-type.js'
import { isBuiltInTarget, refTarget } from '../records/registry.js'
import { scopeSql } from '../records/type-scope.js'

// Built-in types an activity may be put on; custom objects may be too.
const LINKABLE_BUILT_INS = new Set([
  'account',
  'contact',
  'lead',
  'opportunity',
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
    if (
      !LINKABLE_BUILT_INS.has(link.recordType) &&
      isBuiltInTarget(link.recordType)
    ) {
      throw fieldError('links', `Cannot link to a ${link.recordType}`)
    }
    // A name that is not built in is a custom object's: its records are
    // held to it, so an unknown name finds nothing.
    const target = refTarget(link.recordType)
    // FOR SHARE: the record cannot be deleted until this link commits.
    const { rows } = await sql`
      SELECT 1 FROM ${sql.table(target.table)} r
      WHERE r.tenant_id = ${ctx.actor.tenantId} AND r.id = ${link.recordId}
        AND r.deleted_at IS NULL AND ${scopeSql(target.scope, 'r')}
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
