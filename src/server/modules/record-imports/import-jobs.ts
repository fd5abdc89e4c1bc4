import type { JobDefinition } from '../../platform/jobs/job-runner.js'
import { COMMIT_JOB, runCommit } from './commit-import.js'

export const commitImportJob: JobDefinition = {
  name: COMMIT_JOB,
  // A large file takes long; a run that dies is retried and resumes.
  queue: { expireInSeconds: 6 * 3600, retryLimit: 5 },
  run: (database, data) =>
    runCommit(database.db, String(data.tenantId), String(data.importId)),
}

export const importJobs: JobDefinition[] = [commitImportJob]
