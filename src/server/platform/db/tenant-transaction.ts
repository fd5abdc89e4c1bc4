import { sql, type Transaction } from 'kysely'
import type { Db } from './database.js'

// biome-ignore lint/suspicious/noExplicitAny: see Db.
export type Tx = Transaction<any>

/**
 * Runs `work` in one transaction as the application role, with the tenant
 * set for row-level security. Every business query goes through here.
 */
export function withTenant<T>(
  db: Db,
  tenantId: string,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (tx) => {
    await sql`SET LOCAL ROLE rapport_app`.execute(tx)
    await sql`SELECT set_config('app.tenant_id', ${tenantId}, true)`.execute(tx)
    return work(tx)
  })
}

/** A transaction as the application role with no tenant: sees no rows. */
export function withoutTenant<T>(
  db: Db,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (tx) => {
    await sql`SET LOCAL ROLE rapport_app`.execute(tx)
    return work(tx)
  })
}
