import type { JobDefinition } from '../../platform/jobs/job-runner.js'

/**
 * Deletes sessions past their expiry in every workspace, nightly. It runs
 * as the owner role: it reads no business data, and must cross tenants.
 */
export const purgeExpiredSessions: JobDefinition = {
  name: 'sessions.purge-expired',
  schedule: '17 3 * * *',
  async run(database) {
    await database.executeSql(
      'DELETE FROM session WHERE expires_at < now()',
      [],
    )
  },
}
