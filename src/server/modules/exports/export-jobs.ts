import type { JobDefinition } from '../../platform/jobs/job-runner.js'
import { runExport } from './run-export.js'
import { EXPORT_JOB } from './start-export.js'

export const exportJob: JobDefinition = {
  name: EXPORT_JOB,
  // A run that dies (a restart) is retried and writes the file again.
  queue: { expireInSeconds: 6 * 3600, retryLimit: 3 },
  run: (database, data) =>
    runExport(database.db, String(data.tenantId), String(data.exportId)),
}

export const exportJobs: JobDefinition[] = [exportJob]
