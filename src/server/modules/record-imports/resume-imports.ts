import type { Database } from '../../platform/db/database.js'
import type { JobQueue } from '../../platform/jobs/job-runner.js'
import { COMMIT_JOB } from './commit-import.js'
import { PREVIEW_JOB } from './import-settings.js'

/**
 * Queues the preview or commit of every import a stopped process left
 * half-done, at start-up, instead of waiting for the queue to expire
 * the lost job. Batches are keyed by line, so a second run of the same
 * import finds the batches it wrote done and repeats nothing. It runs as
 * the owner role: it must see every workspace's imports.
 */
export async function resumeImports(database: Database, jobs: JobQueue) {
  const { rows } = await database.executeSql(
    `SELECT tenant_id, id, status, revision FROM import
    WHERE status IN ('previewing', 'queued', 'committing')`,
  )
  type Left = {
    tenant_id: string
    id: string
    status: string
    revision: number
  }
  for (const row of rows as Left[]) {
    const job = { tenantId: row.tenant_id, importId: row.id }
    if (row.status === 'previewing') {
      await jobs.send(PREVIEW_JOB, { ...job, revision: row.revision })
    } else await jobs.send(COMMIT_JOB, job)
  }
  return rows.length
}
