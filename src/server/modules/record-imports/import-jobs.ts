import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.js'
import { withTenant } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { JobDefinition } from '../../platform/jobs/job-runner.js'
import { COMMIT_JOB, importer, runCommit } from './commit-import.js'
import { PREVIEW_JOB } from './import-settings.js'
import { runPreview } from './preview-import.js'

export const commitImportJob: JobDefinition = {
  name: COMMIT_JOB,
  // A large file takes long; a run that dies is retried and resumes.
  queue: { expireInSeconds: 6 * 3600, retryLimit: 5 },
  run: (database, data) =>
    runCommit(database.db, String(data.tenantId), String(data.importId)),
}

// A preview that cannot finish hands the import back for another try,
// saying why.
async function stopPreview(
  db: Db,
  tenantId: string,
  importId: string,
  revision: number,
  reason: string,
) {
  await withTenant(db, tenantId, (tx) =>
    sql`UPDATE import SET status = 'uploaded', error = ${reason},
        updated_at = now()
      WHERE tenant_id = ${tenantId} AND id = ${importId}
        AND status = 'previewing' AND revision = ${revision}`.execute(tx),
  )
}

export const previewImportJob: JobDefinition = {
  name: PREVIEW_JOB,
  queue: { expireInSeconds: 3600, retryLimit: 2 },
  async run(database, data) {
    const [tenantId, importId] = [String(data.tenantId), String(data.importId)]
    const revision = Number(data.revision)
    const actor = await importer(database.db, tenantId, importId)
    if (!actor) {
      const reason = 'The user who started this import is no longer active'
      return stopPreview(database.db, tenantId, importId, revision, reason)
    }
    try {
      await runPreview(database.db, actor, importId, revision)
    } catch (error) {
      const reason =
        error instanceof AppError
          ? error.message
          : 'The preview could not finish; preview again'
      await stopPreview(database.db, tenantId, importId, revision, reason)
      if (!(error instanceof AppError)) throw error
    }
  },
}

export const importJobs: JobDefinition[] = [previewImportJob, commitImportJob]
