import { sql } from 'kysely'
import { withTenant } from '../../platform/db/tenant-transaction.js'
import type { JobDefinition } from '../../platform/jobs/job-runner.js'
import { refreshDuplicateKeys } from './refresh-keys.js'

const JOB_LIMITS = { keys: 5000, names: 500 }

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
    for (const { tenant_id } of rows) {
      let left = 1
      while (left > 0) {
        left = await withTenant(database.db, tenant_id, (tx) =>
          refreshDuplicateKeys(tx, tenant_id, JOB_LIMITS),
        )
      }
    }
  },
}
