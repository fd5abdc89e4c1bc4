import type { CompiledQuery } from 'kysely'
import type { Db } from '../src/server/platform/db/database.js'
import { withTenant } from '../src/server/platform/db/tenant-transaction.js'
import { measure, type Timing } from './measure.js'

/**
 * Times one recorded statement run straight through the driver as the
 * app runs it (the application role, in the tenant, so row-level
 * security applies), without the HTTP layer or the request's other
 * queries. All runs share one transaction, so its set-up is not timed.
 */
export async function timeStatement(
  db: Db,
  tenantId: string,
  query: CompiledQuery,
  options: { runs: number; warmup: number },
): Promise<Timing> {
  return withTenant(db, tenantId, async (tx) => {
    const run = () => tx.executeQuery(query)
    const expected = (await run()).rows.length
    return measure(
      run,
      ({ rows }) => {
        if (rows.length !== expected) {
          throw new Error(`${rows.length} rows, then ${expected}`)
        }
      },
      options,
    )
  })
}
