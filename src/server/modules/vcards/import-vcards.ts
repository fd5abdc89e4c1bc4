import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { requireRecordAction } from '../access/policy.js'
import { accountContactType } from '../contacts/account-contact-type.js'
import { contactType } from '../contacts/contact-type.js'
import { withCustomFields } from '../custom-fields/with-custom-fields.js'
import { checkDuplicates } from '../duplicates/check-duplicates.js'
import { attempt } from '../record-imports/savepoint.js'
import { createRecord } from '../records/create-record.js'
import type { RecordType, Values } from '../records/record-type.js'
import type { WriteOptions } from '../records/write-options.js'
import { contactFromCard } from './card-to-contact.js'
import { findAccountByName } from './find-account.js'
import { type ReadCard, readVcards } from './read-vcards.js'

/** What became, or would become, of one card. */
export interface CardOutcome {
  index: number
  line: number
  version?: string
  status: 'ready' | 'created' | 'duplicate' | 'rejected'
  contact?: Values
  account?: { name: string; id?: string }
  duplicateOf?: { id?: string; card?: number; title: string }
  reason?: string
  warnings: string[]
  /** The created contact, once committed. */
  id?: string
}

export interface VcardImport {
  cards: CardOutcome[]
  summary: Record<CardOutcome['status'], number>
}

/** Cards taken from one file: enough for an address book, not a dump. */
export const MAX_CARDS = 2000

const titleOf = (v: Values) =>
  [v.first_name, v.last_name].filter(Boolean).join(' ')

function reasonOf(error: unknown): string {
  if (!(error instanceof AppError)) throw error
  const fields = error.details.errors ?? []
  if (fields.length === 0) return error.message
  return fields.map((f) => `${f.field}: ${f.message}`).join('; ')
}

/** An existing contact the actor may see that has one of these emails. */
async function sameEmail(tx: Tx, actor: Actor, values: Values) {
  if (!values.email && !values.secondary_email) return undefined
  const emails = {
    email: values.email,
    secondary_email: values.secondary_email,
  }
  const { data } = await checkDuplicates(tx, actor, 'contact', emails)
  return data.find((c) => c.reasons.some((r) => r.kind === 'email'))
}

/**
 * Leaves out the values of fields the actor may not set, hidden from them
 * or read-only by their roles, rather than refusing the whole card.
 */
function keepSettable(type: RecordType, values: Values, warnings: string[]) {
  for (const name of Object.keys(values)) {
    const field = type.fields.find((f) => f.name === name)
    if (field && !field.locked) continue
    const label = contactType.fields.find((f) => f.name === name)?.label
    warnings.push(
      `${label ?? name} is not yours to set; the card's value was left out`,
    )
    delete values[name]
  }
}

interface Checked {
  outcome: CardOutcome
  accountName?: string
}

// Every card is checked before any is created: the duplicate check then
// never waits on keys of contacts this import has just written.
class Importer {
  private readonly seen = new Map<string, { card: number; title: string }>()
  private type: RecordType | undefined

  constructor(
    private readonly tx: Tx,
    private readonly actor: Actor,
    private readonly options: WriteOptions,
  ) {}

  /**
   * A card as the contact it would create, or why it will not be: read,
   * mapped, and checked for duplicates before anything is written.
   */
  async check(read: ReadCard): Promise<Checked> {
    const base = { index: read.index, line: read.line, version: read.version }
    const warnings = [...read.warnings]
    if (!read.card) {
      return {
        outcome: { ...base, status: 'rejected', reason: read.error, warnings },
      }
    }
    const mapped = contactFromCard(read.card)
    if ('error' in mapped) {
      return {
        outcome: {
          ...base,
          status: 'rejected',
          reason: mapped.error,
          warnings,
        },
      }
    }
    const { values, accountName } = mapped.draft
    warnings.push(...mapped.draft.warnings)
    this.type ??= await withCustomFields(this.tx, this.actor, contactType)
    keepSettable(this.type, values, warnings)
    const shown = { ...base, contact: values, warnings }

    const duplicateOf = await this.duplicateOf(read.index, values)
    if (duplicateOf) {
      return { outcome: { ...shown, status: 'duplicate', duplicateOf } }
    }
    return { outcome: { ...shown, status: 'ready' }, accountName }
  }

  /** Creates a ready card's contact and links it to its account. */
  async create({ outcome, accountName }: Checked): Promise<CardOutcome> {
    const warnings = [...outcome.warnings]
    const account = await this.account(accountName, warnings)
    const values = outcome.contact ?? {}
    const created = await attempt(this.tx, () =>
      createRecord(this.tx, this.actor, contactType, values, this.options),
    )
    if (!created.ok) {
      const reason = reasonOf(created.error)
      return { ...outcome, account, warnings, status: 'rejected', reason }
    }
    const id = String(created.value.id)
    if (account?.id) await this.link(account.id, id, warnings)
    return { ...outcome, account, warnings, status: 'created', id }
  }

  /** The card's emails already on a contact, or on an earlier card. */
  private async duplicateOf(index: number, values: Values) {
    const emails = [values.email, values.secondary_email]
      .filter((e): e is string => typeof e === 'string')
      .map((e) => e.toLowerCase())
    const earlier = emails.map((e) => this.seen.get(e)).find(Boolean)
    if (earlier) return earlier
    for (const e of emails)
      this.seen.set(e, { card: index, title: titleOf(values) })
    const existing = await sameEmail(this.tx, this.actor, values)
    return existing && { id: existing.id, title: existing.title }
  }

  private async account(
    name: string | undefined,
    warnings: string[],
  ): Promise<CardOutcome['account']> {
    if (!name) return undefined
    const found = await findAccountByName(this.tx, this.actor, name)
    if (found === 'ambiguous') {
      warnings.push(
        `Several accounts are named "${name}"; the contact is not linked to one`,
      )
      return { name }
    }
    if (!found) {
      warnings.push(
        `No account named "${name}" that you can see; the contact is not linked`,
      )
      return { name }
    }
    return found
  }

  private async link(accountId: string, contactId: string, warnings: string[]) {
    const linked = await attempt(this.tx, () =>
      createRecord(
        this.tx,
        this.actor,
        accountContactType,
        { account_id: accountId, contact_id: contactId, is_primary: true },
        this.options,
      ),
    )
    if (!linked.ok) {
      warnings.push(`Not linked to the account: ${reasonOf(linked.error)}`)
    }
  }
}

function summarise(cards: CardOutcome[]): VcardImport['summary'] {
  const summary = { ready: 0, created: 0, duplicate: 0, rejected: 0 }
  for (const c of cards) summary[c.status]++
  return summary
}

/**
 * Creates a contact for each card of a .vcf file through the record layer
 * (validation, access, audit), in the caller's transaction. Cards whose
 * email a visible contact or an earlier card already has are reported as
 * duplicates and not created; cards that cannot be read, have no name or
 * fail validation are reported with the reason.
 */
export async function importVcards(
  tx: Tx,
  actor: Actor,
  file: Buffer,
  options: WriteOptions = {},
): Promise<VcardImport> {
  requireRecordAction(actor, 'create', contactType)
  const read = readVcards(file)
  if (read.length === 0) {
    throw new AppError('validation_failed', {
      detail: 'The file has no vCard in it (no BEGIN:VCARD line)',
    })
  }
  if (read.length > MAX_CARDS) {
    throw new AppError('payload_too_large', {
      detail: `A file may hold up to ${MAX_CARDS} cards; this one has ${read.length}`,
    })
  }
  const importer = new Importer(tx, actor, options)
  const checked: Checked[] = []
  for (const card of read) checked.push(await importer.check(card))
  const cards: CardOutcome[] = []
  for (const c of checked) {
    const ready = c.outcome.status === 'ready'
    cards.push(ready ? await importer.create(c) : c.outcome)
  }
  return { cards, summary: summarise(cards) }
}

/**
 * What importing the file would do, card by card: the import itself, run
 * and then undone, so the preview and the commit cannot disagree.
 */
export async function previewVcards(
  tx: Tx,
  actor: Actor,
  file: Buffer,
): Promise<VcardImport> {
  await sql`SAVEPOINT vcard_preview`.execute(tx)
  try {
    const result = await importVcards(tx, actor, file)
    const cards = result.cards.map(({ id: _, ...card }) => ({
      ...card,
      status: card.status === 'created' ? ('ready' as const) : card.status,
    }))
    return { cards, summary: summarise(cards) }
  } finally {
    await sql`ROLLBACK TO SAVEPOINT vcard_preview`.execute(tx)
  }
}
