import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { requireUnlocked } from '../access/field-access.js'
import { requireGuardsPass } from '../access/guard-rules.js'
import { requireRecordAction, requireRowAction } from '../access/policy.js'
import { writeAudit } from '../audit/write-audit.js'
import { withCustomFields } from '../custom-fields/with-custom-fields.js'
import { createRecord } from '../records/create-record.js'
import { getRecord, requireRow } from '../records/get-record.js'
import type { RecordType, Values } from '../records/record-type.js'
import type { ConversionInput } from './conversion-input.js'
import { leadType } from './lead-type.js'
import {
  type ConversionPlan,
  planConversion,
  typeNamed,
} from './plan-conversion.js'

const REASON = 'lead_converted'
const CHANGED = [
  'status',
  'converted_at',
  'converted_by_id',
  'converted_contact_id',
  'converted_account_id',
  'converted_opportunity_id',
]

/** The lead, for changing by this actor, with its custom fields. */
export async function leadToConvert(
  tx: Tx,
  actor: Actor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<{ type: RecordType; lead: Values }> {
  const type = await withCustomFields(tx, actor, leadType)
  requireRecordAction(actor, 'edit', type)
  const lead = await requireRow(tx, actor, type, id, options)
  if (lead.deleted_at) {
    throw new AppError('conflict', {
      detail: 'This lead is deleted; restore it first',
    })
  }
  return { type, lead }
}

function requireNotConverted(lead: Values) {
  if (!lead.converted_at) return
  throw new AppError('conflict', {
    detail: 'This lead is already converted',
  })
}

async function make(
  tx: Tx,
  actor: Actor,
  name: string,
  values: Values,
  requestId?: string,
): Promise<string> {
  const row = await createRecord(tx, actor, typeNamed(name), values, {
    reasonCode: REASON,
    requestId,
  })
  return String(row.id)
}

async function linkContactToAccount(
  tx: Tx,
  actor: Actor,
  contactId: string,
  accountId: string,
  newAccount: boolean,
  requestId?: string,
) {
  const { rows } = await sql`
    SELECT 1 FROM account_contact
    WHERE tenant_id = ${actor.tenantId} AND account_id = ${accountId}
      AND contact_id = ${contactId} AND deleted_at IS NULL`.execute(tx)
  if (rows.length > 0) return
  // The first contact of an account started from the lead is its primary.
  await make(
    tx,
    actor,
    'account_contact',
    { account_id: accountId, contact_id: contactId, is_primary: newAccount },
    requestId,
  )
}

/** The lead's activities appear on the timelines of what it became. */
async function carryActivities(
  tx: Tx,
  actor: Actor,
  leadId: string,
  onto: { type: string; id: string | null }[],
) {
  for (const { type, id } of onto) {
    if (!id) continue
    await sql`
      INSERT INTO activity_link (tenant_id, activity_id, record_type,
        record_id, occurred_at)
      SELECT tenant_id, activity_id, ${type}, ${id}, occurred_at
      FROM activity_link
      WHERE tenant_id = ${actor.tenantId} AND record_type = 'lead'
        AND record_id = ${leadId}
      ON CONFLICT DO NOTHING`.execute(tx)
  }
}

async function recordConversion(
  tx: Tx,
  actor: Actor,
  lead: Values,
  made: { contact: string; account: string | null; opportunity: string | null },
  requestId?: string,
) {
  const { rows } = await sql<{ converted_at: string }>`
    UPDATE lead SET status = 'converted', converted_at = clock_timestamp(),
      converted_by_id = ${actor.userId},
      converted_contact_id = ${made.contact},
      converted_account_id = ${made.account},
      converted_opportunity_id = ${made.opportunity},
      updated_at = clock_timestamp()
    WHERE tenant_id = ${actor.tenantId} AND id = ${lead.id}
    RETURNING converted_at`.execute(tx)
  const to: Values = {
    status: 'converted',
    converted_at: rows[0].converted_at,
    converted_by_id: actor.userId,
    converted_contact_id: made.contact,
    converted_account_id: made.account,
    converted_opportunity_id: made.opportunity,
  }
  const changes = Object.fromEntries(
    CHANGED.filter((f) => to[f] !== (lead[f] ?? null)).map((f) => [
      f,
      { from: lead[f] ?? null, to: to[f] },
    ]),
  )
  await writeAudit(
    tx,
    actor,
    [
      {
        recordType: 'lead',
        recordId: String(lead.id),
        action: 'update',
        changes,
        reasonCode: REASON,
      },
    ],
    requestId,
  )
}

export interface Conversion {
  lead: Values
  contact: Values
  account: Values | null
  opportunity: Values | null
  plan: ConversionPlan
}

/**
 * Converts a lead in one transaction: the contact and the account are
 * found or created as planned, an opportunity is opened when asked for,
 * the lead's activities join their timelines, and the lead records what
 * it became. Whatever the actor may not do refuses the whole conversion.
 */
export async function convertLead(
  tx: Tx,
  actor: Actor,
  id: string,
  input: ConversionInput,
  requestId?: string,
): Promise<Conversion> {
  const { type, lead } = await leadToConvert(tx, actor, id, {
    forUpdate: true,
  })
  requireNotConverted(lead)
  requireRowAction(actor, 'edit', type, lead)
  requireUnlocked(type, ['status'])
  await requireGuardsPass(tx, actor, type, 'edit', lead, ['status'])

  const plan = await planConversion(tx, actor, lead, type, input)
  const newAccount = plan.account.action === 'create'
  const account =
    plan.account.action === 'link'
      ? (plan.account.record?.id ?? null)
      : newAccount
        ? await make(tx, actor, 'account', plan.account.values ?? {}, requestId)
        : null
  const contact =
    plan.contact.action === 'link'
      ? String(plan.contact.record?.id)
      : await make(tx, actor, 'contact', plan.contact.values ?? {}, requestId)
  if (account) {
    await linkContactToAccount(
      tx,
      actor,
      contact,
      account,
      newAccount,
      requestId,
    )
  }
  const opportunity = plan.opportunity
    ? await make(
        tx,
        actor,
        'opportunity',
        { ...plan.opportunity, account_id: account },
        requestId,
      )
    : null

  await carryActivities(tx, actor, id, [
    { type: 'contact', id: contact },
    { type: 'account', id: account },
    { type: 'opportunity', id: opportunity },
  ])
  await recordConversion(
    tx,
    actor,
    lead,
    { contact, account, opportunity },
    requestId,
  )

  const read = (name: string, recordId: string | null) =>
    recordId ? getRecord(tx, actor, typeNamed(name), recordId) : null
  return {
    lead: await getRecord(tx, actor, leadType, id),
    contact: (await read('contact', contact)) as Values,
    account: await read('account', account),
    opportunity: await read('opportunity', opportunity),
    plan,
  }
}
