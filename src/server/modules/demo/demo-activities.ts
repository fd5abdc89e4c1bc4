import { insertRows, type Row } from '../../platform/db/batch-insert.js'
import type { DemoAccount } from './demo-accounts.js'
import { type ActivityType, activityText } from './demo-activity-text.js'
import {
  addRecords,
  type DemoContext,
  newId,
  workTime,
} from './demo-context.js'
import type { DemoDeal } from './demo-deals.js'

const TYPES: { value: ActivityType; weight: number }[] = [
  { value: 'call', weight: 30 },
  { value: 'email', weight: 35 },
  { value: 'meeting', weight: 15 },
  { value: 'task', weight: 12 },
  { value: 'note', weight: 8 },
]

const OLDEST_DAY = -90

/**
 * About 400 calls, emails, meetings, tasks and notes over the last 90
 * days, each on the timeline of its account, a contact there and, for
 * most, one of that account's deals, while that deal was being worked.
 */
export async function seedActivities(
  ctx: DemoContext,
  accounts: DemoAccount[],
  deals: DemoDeal[],
) {
  const activities: Row[] = []
  const links: Row[] = []
  for (let i = 0; i < 400; i += 1) {
    const deal = i % 4 === 3 ? undefined : ctx.faker.helpers.arrayElement(deals)
    const account = deal
      ? (accounts.find((a) => a.id === deal.accountId) as DemoAccount)
      : ctx.faker.helpers.arrayElement(accounts)
    const contact = ctx.faker.helpers.arrayElement(account.contacts)
    const at = activityTime(ctx, deal)
    const activity = activityRow(ctx, deal?.ownerId ?? account.ownerId, at)
    Object.assign(
      activity,
      activityText(ctx.faker, activity.type as ActivityType, {
        contact: contact.name,
        account: account.name,
        deal: deal && { product: deal.productName, reached: deal.reached },
      }),
    )
    activities.push(activity)
    const targets: [string, string][] = [
      ['account', account.id],
      ['contact', contact.id],
    ]
    if (deal) targets.push(['opportunity', deal.id])
    for (const [recordType, recordId] of targets) {
      links.push({
        activity_id: activity.id,
        record_type: recordType,
        record_id: recordId,
        occurred_at: activity.occurred_at,
      })
    }
  }
  await addRecords(ctx, 'activity', activities)
  // Links are part of their activity, not records with a history.
  await insertLinks(ctx, links)
}

// Logged as it happened: created and last changed when it occurred.
function activityRow(ctx: DemoContext, ownerId: string, at: string): Row {
  const { faker } = ctx
  const type = faker.helpers.weightedArrayElement(TYPES)
  const isTask = type === 'task'
  const done = !isTask || faker.datatype.boolean({ probability: 0.6 })
  return {
    id: newId(),
    type,
    subject: '',
    body: null,
    occurred_at: at,
    due_at: isTask ? at : null,
    completed_at: isTask && done ? at : null,
    duration_minutes:
      type === 'call' || type === 'meeting'
        ? faker.helpers.arrayElement([15, 30, 45, 60])
        : null,
    owner_id: ownerId,
    created_at: at,
    updated_at: at,
  }
}

// On a day the deal was worked (from its creation to its close), within
// the last 90 days and before the seeding day.
function activityTime(ctx: DemoContext, deal?: DemoDeal): string {
  const from = Math.max(deal?.activeFrom ?? OLDEST_DAY, OLDEST_DAY)
  const to = Math.max(deal?.activeTo ?? -1, from)
  return workTime(ctx, ctx.faker.number.int({ min: from, max: to }))
}

async function insertLinks(ctx: DemoContext, links: Row[]) {
  const rows = links.map((l) => ({ tenant_id: ctx.actor.tenantId, ...l }))
  await insertRows(ctx.tx, 'activity_link', Object.keys(rows[0]), rows)
}
