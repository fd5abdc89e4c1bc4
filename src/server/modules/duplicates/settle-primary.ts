import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'

/** An account link whose primary flag a merge changed, and its old flag. */
export interface FlagChange {
  id: string
  from: boolean
}

/**
 * Keeps one primary contact per account after a merge. Merging accounts,
 * a moved link stops being primary when the survivor already has a
 * primary contact. Merging contacts, the survivor's link to an account
 * becomes primary where the merged contact's link to it was.
 */
export async function settlePrimary(
  tx: Tx,
  tenantId: string,
  type: string,
  survivor: string,
  loser: string,
  movedLinks: string[],
): Promise<FlagChange[]> {
  if (type === 'account') {
    const { rows } = await sql<{ id: string }>`UPDATE account_contact m
      SET is_primary = false, updated_at = clock_timestamp()
      WHERE m.tenant_id = ${tenantId} AND m.account_id = ${survivor}
        AND m.is_primary AND m.id = ANY(${movedLinks}::uuid[])
        AND EXISTS (SELECT 1 FROM account_contact o
          WHERE o.tenant_id = m.tenant_id AND o.account_id = ${survivor}
            AND o.is_primary AND o.deleted_at IS NULL
            AND NOT (o.id = ANY(${movedLinks}::uuid[])))
      RETURNING m.id`.execute(tx)
    return rows.map((r) => ({ id: r.id, from: true }))
  }
  if (type !== 'contact') return []
  const { rows } = await sql<{ id: string }>`UPDATE account_contact s
    SET is_primary = true, updated_at = clock_timestamp()
    FROM account_contact l
    WHERE s.tenant_id = ${tenantId} AND s.contact_id = ${survivor}
      AND s.deleted_at IS NULL AND NOT s.is_primary
      AND l.tenant_id = s.tenant_id AND l.contact_id = ${loser}
      AND l.account_id = s.account_id AND l.deleted_at IS NULL
      AND l.is_primary
    RETURNING s.id`.execute(tx)
  return rows.map((r) => ({ id: r.id, from: false }))
}

/** Puts back the primary flags a merge changed. */
export async function unsettlePrimary(
  tx: Tx,
  tenantId: string,
  changes: FlagChange[],
): Promise<void> {
  for (const c of changes) {
    await sql`UPDATE account_contact
      SET is_primary = ${c.from}, updated_at = clock_timestamp()
      WHERE tenant_id = ${tenantId} AND id = ${c.id}`.execute(tx)
  }
}
