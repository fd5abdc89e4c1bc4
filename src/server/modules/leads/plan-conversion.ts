import type { Tx } from '../../platform/db/tenant-transaction.js'
import { fieldError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { withCustomFields } from '../custom-fields/with-custom-fields.js'
import { checkDuplicates } from '../duplicates/check-duplicates.js'
import type { Candidate } from '../duplicates/present-candidates.js'
import { requireRow } from '../records/get-record.js'
import type { RecordType, Values } from '../records/record-type.js'
import { findRecordType } from '../records/registry.js'
import type {
  AccountChoice,
  ContactChoice,
  ConversionInput,
} from './conversion-input.js'

// Works out what converting a lead will do, before anything is written:
// the preview shows it and the conversion carries it out, so the two
// cannot differ.

/** A candidate this strong is the same company: same name or domain. */
const SAME_ACCOUNT = 0.8

export interface Part {
  action: 'link' | 'create' | 'skip'
  /** The record linked to, when linking. */
  record: { id: string; title: string } | null
  /** What a new record would hold, were one created. */
  values: Values | null
  /** Records the lead may duplicate, strongest first, for the user to pick. */
  candidates: Candidate[]
}

export interface ConversionPlan {
  account: Part
  contact: Part
  /** The new opportunity's values; null when none is asked for. */
  opportunity: Values | null
  /** False while recently written records are still being keyed. */
  upToDate: boolean
}

export function typeNamed(name: string): RecordType {
  const type = findRecordType(name)
  if (!type) throw new Error(`${name} is a built-in record type`)
  return type
}

/** The lead's custom values that a same-named field of `target` takes. */
async function customValues(
  tx: Tx,
  actor: Actor,
  lead: Values,
  leadType: RecordType,
  target: RecordType,
): Promise<Values> {
  const into = await withCustomFields(tx, actor, target)
  const values: Values = {}
  for (const field of leadType.fields) {
    if (!field.custom || field.computed) continue
    const same = into.fields.find(
      (f) =>
        f.name === field.name &&
        f.custom &&
        !f.computed &&
        f.type === field.type &&
        f.ref === field.ref,
    )
    const value = lead[field.name]
    if (same && value !== null && value !== undefined)
      values[field.name] = value
  }
  return values
}

function present(values: Values): Values {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== null && v !== undefined),
  )
}

async function linked(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  id: string,
): Promise<Part['record']> {
  const row = await requireRow(
    tx,
    actor,
    await withCustomFields(tx, actor, type),
    id,
  )
  const title =
    type.name === 'contact'
      ? [row.first_name, row.last_name].filter(Boolean).join(' ')
      : String(row[type.titleField] ?? '')
  return { id, title }
}

type Planned = Part & { upToDate: boolean }

const linkedPart = (record: Part['record']): Planned => ({
  action: 'link',
  record,
  values: null,
  candidates: [],
  upToDate: true,
})

/**
 * The record the lead duplicates clearly enough (`same`), when the user
 * left the choice to Rapport; otherwise a new one from `values`. The
 * candidates are offered either way.
 */
async function matchOrCreate(
  tx: Tx,
  actor: Actor,
  typeName: string,
  values: Values,
  auto: boolean,
  same: (candidates: Candidate[]) => Candidate | undefined,
): Promise<Planned> {
  const found = await checkDuplicates(tx, actor, typeName, values)
  const match = auto ? same(found.data) : undefined
  return {
    action: match ? 'link' : 'create',
    record: match ? { id: match.id, title: match.title } : null,
    values,
    candidates: found.data,
    upToDate: found.upToDate,
  }
}

async function planAccount(
  tx: Tx,
  actor: Actor,
  lead: Values,
  leadType: RecordType,
  choice: AccountChoice,
): Promise<Planned> {
  const type = typeNamed('account')
  if (choice.action === 'link') {
    return linkedPart(await linked(tx, actor, type, choice.id))
  }
  const values = present({
    name: lead.company,
    website: lead.website,
    industry: lead.industry,
    employees: lead.company_size,
    owner_id: lead.owner_id,
    ...(await customValues(tx, actor, lead, leadType, type)),
  })
  if (choice.action === 'create' && !values.name) {
    throw fieldError(
      'company',
      'The lead names no company to create an account for',
    )
  }
  if (choice.action === 'skip' || !values.name) {
    return { ...linkedPart(null), action: 'skip' }
  }
  return matchOrCreate(
    tx,
    actor,
    'account',
    values,
    choice.action === 'auto',
    ([best]) => (best && best.score >= SAME_ACCOUNT ? best : undefined),
  )
}

async function planContact(
  tx: Tx,
  actor: Actor,
  lead: Values,
  leadType: RecordType,
  choice: ContactChoice,
): Promise<Planned> {
  const type = typeNamed('contact')
  if (choice.action === 'link') {
    return linkedPart(await linked(tx, actor, type, choice.id))
  }
  const values = present({
    first_name: lead.first_name,
    last_name: lead.last_name,
    title: lead.title,
    email: lead.email,
    phone: lead.phone,
    description: lead.description,
    owner_id: lead.owner_id,
    ...(await customValues(tx, actor, lead, leadType, type)),
  })
  return matchOrCreate(
    tx,
    actor,
    'contact',
    values,
    choice.action === 'auto',
    (candidates) =>
      candidates.find((c) => c.reasons.some((r) => r.kind === 'email')),
  )
}

/** The opportunity's values: the lead's defaults under what was given. */
export async function opportunityValues(
  tx: Tx,
  actor: Actor,
  lead: Values,
  leadType: RecordType,
  given: Values,
): Promise<Values> {
  const person = [lead.first_name, lead.last_name].filter(Boolean).join(' ')
  return {
    name: lead.company || person,
    owner_id: lead.owner_id,
    ...(await customValues(
      tx,
      actor,
      lead,
      leadType,
      typeNamed('opportunity'),
    )),
    ...given,
  }
}

export async function planConversion(
  tx: Tx,
  actor: Actor,
  lead: Values,
  leadType: RecordType,
  input: ConversionInput,
): Promise<ConversionPlan> {
  const account = await planAccount(tx, actor, lead, leadType, input.account)
  const contact = await planContact(tx, actor, lead, leadType, input.contact)
  const opportunity =
    input.opportunity === null
      ? null
      : await opportunityValues(tx, actor, lead, leadType, input.opportunity)
  const { upToDate: a, ...accountPart } = account
  const { upToDate: c, ...contactPart } = contact
  return {
    account: accountPart,
    contact: contactPart,
    opportunity,
    upToDate: a && c,
  }
}
