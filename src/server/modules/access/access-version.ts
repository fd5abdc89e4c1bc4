import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'

// A workspace's access version counts the changes to what rights are
// worked out from: roles and their grants, role assignments, teams,
// regions, users' teams and managers, guard rules, field rules and shares.
// Triggers on those tables move it on in the writing transaction
// (migration 0008), so cached rights are dropped the moment a change
// commits, in every process.

/** The workspace's access version as this transaction sees it. */
export async function readAccessVersion(
  tx: Tx,
  tenantId: string,
): Promise<number> {
  const { rows } = await sql<{ version: string | number }>`
    SELECT version FROM access_version
    WHERE tenant_id = ${tenantId}`.execute(tx)
  return rows[0] ? Number(rows[0].version) : 0
}
