import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.js'
import { type Tx, withTenant } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { JobQueue } from '../../platform/jobs/job-runner.js'
import type { Actor, UserRole } from '../access/actor.js'
import { importType } from './import-type.js'
import { inTenantAs } from './in-tenant-as.js'
import {
  type ImportRow,
  requireImport,
  requireStatus,
} from './require-import.js'
import {
  linkRecords,
  type Outcome,
  type StagedRow,
  writeBatch,
} from './write-batch.js'

export const COMMIT_JOB = 'imports.commit'

// Rows written per transaction. A batch commits with its records, their
// audit entries, their links to the import and the import's progress, so
// a crash loses at most the batch in flight, which is then done again.
export const COMMIT_BATCH = 500

/**
 * Marks the preview the client saw (its revision) for commit. The caller
 * queues the job once this transaction has committed: on the embedded
 * database the queue needs the session this transaction holds.
 */
export async function markForCommit(
  tx: Tx,
  actor: Actor,
  importId: string,
  revision: number,
) {
  const row = await requireImport(tx, actor, importId, { forUpdate: true })
  requireStatus(row, ['previewed'], 'be committed')
  if (row.revision !== revision) {
    throw new AppError('conflict', {
      detail: `The preview has changed since revision ${revision}; review revision ${row.revision}`,
    })
  }
  await importType(tx, actor, row)
  await sql`UPDATE import SET status = 'queued', updated_at = now()
    WHERE tenant_id = ${actor.tenantId} AND id = ${importId}`.execute(tx)
}

export async function queueCommit(
  jobs: JobQueue | undefined,
  actor: Actor,
  importId: string,
) {
  if (!jobs) throw new Error('No job queue: imports cannot be committed')
  await jobs.send(COMMIT_JOB, { tenantId: actor.tenantId, importId })
}

/** Who started the import, as they are now: the job acts as them. */
export async function importer(
  db: Db,
  tenantId: string,
  importId: string,
): Promise<Actor | undefined> {
  const { rows } = await withTenant(db, tenantId, (tx) =>
    sql<{ id: string; role: UserRole }>`
      SELECT u.id, u.role FROM import i
      JOIN app_user u ON u.tenant_id = i.tenant_id AND u.id = i.created_by_id
      WHERE i.tenant_id = ${tenantId} AND i.id = ${importId}
        AND u.status = 'active'`.execute(tx),
  )
  const user = rows[0]
  return user && { tenantId, userId: user.id, role: user.role, via: 'token' }
}

async function setStatus(tx: Tx, row: ImportRow, set: ReturnType<typeof sql>) {
  await sql`UPDATE import SET ${set}, updated_at = now()
    WHERE tenant_id = ${row.tenant_id} AND id = ${row.id}`.execute(tx)
}

async function saveOutcomes(
  tx: Tx,
  actor: Actor,
  row: ImportRow,
  outcomes: Outcome[],
) {
  const lines = outcomes.map((o) => o.line).sort((a, b) => a - b)
  const tuples = outcomes.map(
    (o) => sql`(${o.line}::int, ${o.reason ? 'failed' : 'committed'},
      ${o.recordId ?? null}::uuid, ${o.reason ?? null}::text)`,
  )
  await sql`UPDATE import_row AS r SET status = v.status,
      record_id = coalesce(v.record_id, r.record_id), reason = v.reason
    FROM (VALUES ${sql.join(tuples)}) AS v (line, status, record_id, reason)
    WHERE r.tenant_id = ${actor.tenantId} AND r.import_id = ${row.id}
      AND r.line BETWEEN ${lines[0]} AND ${lines[lines.length - 1]}
      AND r.line = v.line`.execute(tx)
}

type Step = 'more' | 'done'

async function commitNextBatch(
  tx: Tx,
  actor: Actor,
  importId: string,
): Promise<Step> {
  // The lock makes batches take turns, should two workers hold the job.
  const row = await requireImport(tx, actor, importId, { forUpdate: true })
  if (row.status === 'queued') {
    await setStatus(tx, row, sql`status = 'committing', started_at = now()`)
  } else if (row.status !== 'committing') return 'done'
  const type = await importType(tx, actor, row)
  const { rows } = await sql<StagedRow>`
    SELECT line, action, "values", record_id FROM import_row
    WHERE tenant_id = ${actor.tenantId} AND import_id = ${importId}
      AND status = 'ready' AND line > ${row.committed_line}
    ORDER BY line LIMIT ${COMMIT_BATCH}`.execute(tx)
  if (rows.length === 0) {
    await setStatus(tx, row, sql`status = 'completed', finished_at = now()`)
    return 'done'
  }
  const outcomes = await writeBatch(tx, actor, type, rows)
  await linkRecords(tx, actor, importId, type, outcomes)
  await saveOutcomes(tx, actor, row, outcomes)
  const count = (f: (o: Outcome) => boolean) => outcomes.filter(f).length
  await setStatus(
    tx,
    row,
    sql`committed_line = ${rows[rows.length - 1].line},
      done_count = done_count + ${rows.length},
      created_count = created_count + ${count((o) => !o.reason && o.action === 'create')},
      updated_count = updated_count + ${count((o) => !o.reason && o.action === 'update')},
      failed_count = failed_count + ${count((o) => !!o.reason)}`,
  )
  return 'more'
}

export interface CommitHooks {
  /** Runs inside each batch's transaction before it commits (tests). */
  beforeBatchCommits?: (batch: number, tx: Tx) => Promise<void> | void
}

/**
 * The commit job: writes the ready rows after the last committed batch,
 * a batch per transaction, until none are left or the import is
 * cancelled. Running it again after a crash resumes where it stopped.
 */
export async function runCommit(
  db: Db,
  tenantId: string,
  importId: string,
  hooks: CommitHooks = {},
): Promise<void> {
  const actor = await importer(db, tenantId, importId)
  if (!actor) {
    await withTenant(db, tenantId, (tx) =>
      sql`UPDATE import SET status = 'failed', updated_at = now(),
          error = 'The user who started this import is no longer active'
        WHERE tenant_id = ${tenantId} AND id = ${importId}
          AND status IN ('queued', 'committing')`.execute(tx),
    )
    return
  }
  for (let batch = 1; ; batch++) {
    const step = await inTenantAs(db, actor, async (tx) => {
      const next = await commitNextBatch(tx, actor, importId)
      if (next === 'more') await hooks.beforeBatchCommits?.(batch, tx)
      return next
    })
    if (step === 'done') return
  }
}

/** Stops a queued or running commit after the batch in flight. */
export async function cancelImport(tx: Tx, actor: Actor, importId: string) {
  const row = await requireImport(tx, actor, importId, { forUpdate: true })
  requireStatus(row, ['queued', 'committing'], 'be cancelled')
  await setStatus(tx, row, sql`status = 'cancelled', finished_at = now()`)
}
