import { sql } from 'kysely'
import { z } from 'zod'
import { fieldError } from '../../platform/http/errors.js'
import { countReachable } from '../records/check-references.js'
import type { Values, WriteContext } from '../records/record-type.js'
import { isBuiltInTarget } from '../records/registry.js'

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
    // held to it, so an unknown name finds nothing. A record the writer
    // may not see is as missing as one that does not exist.
    const { tx, actor } = ctx
    if (
      (await countReachable(tx, actor, link.recordType, [link.recordId])) === 0
    ) {
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
