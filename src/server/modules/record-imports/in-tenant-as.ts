import type { Db } from '../../platform/db/database.js'
import { type Tx, withTenant } from '../../platform/db/tenant-transaction.js'
import type { Actor } from '../access/actor.js'
import { cachedRights } from '../access/rights-cache.js'

/** One tenant transaction as the actor, their rights loaded in it. */
export function inTenantAs<T>(
  db: Db,
  actor: Actor,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  return withTenant(db, actor.tenantId, async (tx) => {
    actor.rights ??= await cachedRights(tx, actor)
    return work(tx)
  })
}
