import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.js'
import { type Tx, withTenant } from '../../platform/db/tenant-transaction.js'
import type { Actor } from '../access/actor.js'
import { requireRecordAction, visibleRows } from '../access/policy.js'
import { cachedRights } from '../access/rights-cache.js'
import { accountType } from '../accounts/account-type.js'
import { contactType } from '../contacts/contact-type.js'
import { inIds } from '../duplicates/id-list.js'
import { getRecord } from '../records/get-record.js'
import type { ListParams } from '../records/list-params.js'
import { listRecords } from '../records/list-records.js'
import type { Values } from '../records/record-type.js'
import { cardFromContact, type VcardVersion } from './contact-to-card.js'

/** Contacts read per transaction while a file is sent. */
const PAGE_SIZE = 200

export type CardView = Pick<ListParams, 'filter' | 'q' | 'sort'>

/**
 * The name of the account each contact works at, preferring its primary
 * link, among the accounts the actor may see.
 */
async function accountNames(
  tx: Tx,
  actor: Actor,
  contactIds: string[],
): Promise<Map<string, string>> {
  if (contactIds.length === 0) return new Map()
  const { rows } = await sql<{ contact_id: string; name: string }>`
    SELECT DISTINCT ON (ac.contact_id) ac.contact_id, t.name
    FROM account_contact ac
    JOIN account t ON t.tenant_id = ac.tenant_id AND t.id = ac.account_id
    WHERE ac.tenant_id = ${actor.tenantId} AND ac.contact_id ${inIds(contactIds)}
      AND ac.deleted_at IS NULL AND t.deleted_at IS NULL
      AND ${visibleRows(actor, accountType)}
    ORDER BY ac.contact_id, ac.is_primary DESC, ac.created_at`.execute(tx)
  return new Map(rows.map((r) => [String(r.contact_id), r.name]))
}

const cardsOf = async (
  tx: Tx,
  actor: Actor,
  contacts: Values[],
  version: VcardVersion,
) => {
  const names = await accountNames(
    tx,
    actor,
    contacts.map((c) => String(c.id)),
  )
  return contacts
    .map((c) => cardFromContact(c, names.get(String(c.id)), version))
    .join('')
}

/** One contact the actor may see as a vCard. */
export async function contactCard(
  tx: Tx,
  actor: Actor,
  id: string,
  version: VcardVersion,
) {
  const contact = await getRecord(tx, actor, contactType, id)
  return { contact, card: await cardsOf(tx, actor, [contact], version) }
}

async function readPage(
  db: Db,
  actor: Actor,
  params: ListParams,
  version: VcardVersion,
) {
  return withTenant(db, actor.tenantId, async (tx) => {
    actor.rights ??= await cachedRights(tx, actor)
    requireRecordAction(actor, 'export', contactType)
    const page = await listRecords(tx, actor, contactType, params)
    const text = await cardsOf(tx, actor, page.data, version)
    return { text, next: page.page.nextCursor }
  })
}

/**
 * A list view's contacts as one .vcf, page by page through the same list
 * query as the screen (so the same access rules), a page per
 * transaction. The first page is read before the answer starts, so a bad
 * filter or a missing right is an error, not a truncated file.
 */
export async function openContactCards(
  db: Db,
  actor: Actor,
  view: CardView,
  version: VcardVersion,
): Promise<AsyncIterable<string>> {
  const params = { ...view, limit: PAGE_SIZE }
  const first = await readPage(db, actor, params, version)
  return (async function* () {
    let page = first
    yield page.text
    while (page.next) {
      page = await readPage(
        db,
        actor,
        { ...params, cursor: page.next },
        version,
      )
      yield page.text
    }
  })()
}
