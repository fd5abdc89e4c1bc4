import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'

/**
 * Runs work so that its failure undoes only its own statements: the
 * transaction goes on, and the error is returned, not thrown.
 */
export async function attempt<T>(
  tx: Tx,
  work: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  await sql`SAVEPOINT import_attempt`.execute(tx)
  try {
    const value = await work()
    await sql`RELEASE SAVEPOINT import_attempt`.execute(tx)
    return { ok: true, value }
  } catch (error) {
    await sql`ROLLBACK TO SAVEPOINT import_attempt`.execute(tx)
    return { ok: false, error }
  }
}
