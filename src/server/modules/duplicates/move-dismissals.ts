import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'

/** A dismissal moved from (merged, other) to (survivor, other). */
export interface MovedDismissal {
  /** The record the pair was dismissed with. */
  id: string
  from: string
}

const ordered = (a: string, b: string) => (a < b ? [a, b] : [b, a])

async function repoint(
  tx: Tx,
  tenantId: string,
  type: string,
  other: string,
  from: string,
  to: string,
): Promise<boolean> {
  const [low, high] = ordered(from, other)
  const [newLow, newHigh] = ordered(to, other)
  const { rows } = await sql`UPDATE duplicate_dismissal d
    SET record_id = ${newLow}, other_id = ${newHigh}
    WHERE d.tenant_id = ${tenantId} AND d.record_type = ${type}
      AND d.record_id = ${low} AND d.other_id = ${high}
      AND NOT EXISTS (SELECT 1 FROM duplicate_dismissal o
        WHERE o.tenant_id = d.tenant_id AND o.record_type = d.record_type
          AND o.record_id = ${newLow} AND o.other_id = ${newHigh})
    RETURNING 1`.execute(tx)
  return rows.length > 0
}

/**
 * "Not a duplicate" said of the merged record and another is said of the
 * survivor and that other; one the survivor already has stays alone, and
 * one between the survivor and the merged record stays as it was.
 */
export async function moveDismissals(
  tx: Tx,
  tenantId: string,
  type: string,
  survivor: string,
  loser: string,
): Promise<MovedDismissal[]> {
  const { rows } = await sql<{ other: string }>`
    SELECT CASE WHEN record_id = ${loser} THEN other_id ELSE record_id END
      AS other
    FROM duplicate_dismissal
    WHERE tenant_id = ${tenantId} AND record_type = ${type}
      AND (record_id = ${loser} OR other_id = ${loser})`.execute(tx)
  const moved: MovedDismissal[] = []
  for (const { other } of rows) {
    if (other === survivor) continue
    if (await repoint(tx, tenantId, type, other, loser, survivor)) {
      moved.push({ id: other, from: loser })
    }
  }
  return moved
}

/** Gives the merged records back the dismissals a merge moved. */
export async function moveDismissalsBack(
  tx: Tx,
  tenantId: string,
  type: string,
  survivor: string,
  moved: MovedDismissal[],
): Promise<void> {
  for (const row of moved) {
    await repoint(tx, tenantId, type, row.id, survivor, row.from)
  }
}
