import type { JobDefinition } from '../../platform/jobs/job-runner.js'
import { refreshDuplicates } from '../duplicates/refresh-job.js'
import { purgeExpiredSessions } from './purge-expired-sessions.js'

export { purgeExpiredSessions }

export const maintenanceJobs: JobDefinition[] = [
  purgeExpiredSessions,
  refreshDuplicates,
]
