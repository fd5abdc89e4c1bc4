import type { Database } from '../../platform/db/database.js'
import type { JobQueue } from '../../platform/jobs/job-runner.js'
import { COMMIT_JOB } from './commit-import.js'

/**
 * Queues the commit of every import a stopped process left queued or
 * half-written, at start-up, instead of waiting for the queue to expire
 * the lost job. Batches are keyed by line, so a second run of the same
 * import finds the batches it wrote done and repeats nothing. It runs as
 * the owner role: it must see every workspace's imports.
 */
export async function resumeImports(database: Database, jobs: JobQueue) {
  const { rows } = await database.executeSql(
    "SELECT tenant_id, id FROM import WHERE status IN ('queued', 'committing')",
  )
  for (const row of rows as { tenant_id: string; id: string }[]) {
    await jobs.send(COMMIT_JOB, { tenantId: row.tenant_id, importId: row.id })
  }
  return rows.length
}
