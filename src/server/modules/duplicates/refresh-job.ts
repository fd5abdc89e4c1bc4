import { sql } from 'kysely'
import type { Database } from '../../platform/db/database.js'
import { withTenant } from '../../platform/db/tenant-transaction.js'
import type { JobDefinition } from '../../platform/jobs/job-runner.js'
import { refreshDuplicateKeys } from './refresh-keys.js'

const JOB_LIMITS = { keys: 5000, names: 500 }
// Records keyed between fresh statistics. A table loaded moments ago has
// none (and the embedded database has no autovacuum to gather them), and
// without them the planner reads the key table range by range instead of
// through its value index.
const ANALYZE_EVERY = 10_000

export async function analyzeDuplicateTables(database: Database) {
  await database.runScript(
    'ANALYZE duplicate_key, duplicate_key_queue, duplicate_pair',
  )
}

/**
 * Keys the records written since the last refresh in every workspace,
 * a batch per transaction, so a large import is keyed soon after it
 * lands even if nobody looks at its duplicates.
 */
export const refreshDuplicates: JobDefinition = {
  name: 'refresh-duplicate-keys',
  schedule: '* * * * *',
  async run(database) {
    // As the owner role, outside any tenant: which workspaces have work.
    const { rows } = await sql<{ tenant_id: string }>`
      SELECT DISTINCT tenant_id FROM duplicate_key_queue`.execute(database.db)
    let sinceAnalyze = 0
    for (const { tenant_id } of rows) {
      let queued = 1
      while (queued > 0) {
        const done = await withTenant(database.db, tenant_id, (tx) =>
          refreshDuplicateKeys(tx, tenant_id, JOB_LIMITS),
        )
        queued = done.queued
        sinceAnalyze += done.keyed
        if (sinceAnalyze >= ANALYZE_EVERY) {
          await analyzeDuplicateTables(database)
          sinceAnalyze = 0
        }
      }
    }
  },
}
