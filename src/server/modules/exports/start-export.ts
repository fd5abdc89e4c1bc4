import { sql } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { JobQueue } from '../../platform/jobs/job-runner.js'
import type { Actor } from '../access/actor.js'
import { requireRecordAction } from '../access/policy.js'
import { withCustomFields } from '../custom-fields/with-custom-fields.js'
import { workspaceTypes } from '../custom-objects/workspace-types.js'
import { countRecords, listRecords } from '../records/list-records.js'
import type { RecordType } from '../records/record-type.js'
import { exportColumns } from './export-cells.js'
import type { ExportInput } from './export-input.js'
import { presentExport, requireExport } from './export-queries.js'

export const EXPORT_JOB = 'export-list'

/** A record type of the workspace by its name or its plural. */
export async function exportedType(
  tx: Tx,
  actor: Actor,
  name: string,
): Promise<RecordType> {
  const types = await workspaceTypes(tx, actor)
  const base = types.find((t) => t.name === name || t.plural === name)
  if (!base) {
    throw new AppError('bad_request', { detail: `No record type "${name}"` })
  }
  return withCustomFields(tx, actor, base)
}

/**
 * Checks the view as a list request would (a bad filter, sort or column
 * is refused now, not in the background), counts what it holds for the
 * progress bar, and records the export. The caller queues the job once
 * this transaction has committed.
 */
export async function startExport(tx: Tx, actor: Actor, input: ExportInput) {
  const type = await exportedType(tx, actor, input.recordType)
  requireRecordAction(actor, 'export', type)
  exportColumns(type, input.view.fields, input.timeZone)
  await listRecords(tx, actor, type, { ...input.view, limit: 1 })
  const total = await countRecords(tx, actor, type, { ...input.view, limit: 1 })
  const id = uuidv7()
  await sql`INSERT INTO export (tenant_id, id, record_type, format, view,
      time_zone, status, total_count, created_by_id)
    VALUES (${actor.tenantId}, ${id}, ${type.name}, ${input.format},
      ${JSON.stringify(input.view)}::jsonb, ${input.timeZone}, 'queued',
      ${total}, ${actor.userId})`.execute(tx)
  return presentExport(await requireExport(tx, actor, id))
}

export async function queueExport(
  jobs: JobQueue | undefined,
  actor: Actor,
  exportId: string,
) {
  if (!jobs) throw new Error('No job queue: exports cannot run')
  await jobs.send(EXPORT_JOB, { tenantId: actor.tenantId, exportId })
}
