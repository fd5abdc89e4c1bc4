import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import type { Actor } from '../access/actor.js'
import { allowsRecordAction, visibleRows } from '../access/policy.js'
import { accountType } from '../accounts/account-type.js'

/**
 * The live account of this name (case aside) that the actor may see, if
 * there is exactly one; several of one name link none rather than guess.
 */
export async function findAccountByName(
  tx: Tx,
  actor: Actor,
  name: string,
): Promise<{ id: string; name: string } | 'ambiguous' | undefined> {
  if (!allowsRecordAction(actor, 'view', accountType)) return undefined
  const { rows } = await sql<{ id: string; name: string }>`
    SELECT t.id, t.name FROM account t
    WHERE lower(t.name) = lower(${name}) AND t.deleted_at IS NULL
      AND ${visibleRows(actor, accountType)}
    LIMIT 2`.execute(tx)
  if (rows.length > 1) return 'ambiguous'
  return rows[0]
}
