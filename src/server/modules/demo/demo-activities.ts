import { insertRows, type Row } from '../../platform/db/batch-insert.js'
import type { DemoAccount } from './demo-accounts.js'
import {
  addRecords,
  type DemoContext,
  minutesBefore,
  newId,
} from './demo-context.js'
import type { DemoDeal } from './demo-deals.js'

const TYPES = [
  { value: 'call', weight: 30 },
  { value: 'email', weight: 35 },
  { value: 'meeting', weight: 15 },
  { value: 'task', weight: 12 },
  { value: 'note', weight: 8 },
] as const

const SUBJECTS: Record<string, string[]> = {
  call: ['Discovery call', 'Follow-up call', 'Pricing questions', 'Check-in'],
  email: [
    'Sent proposal',
    'Shared case study',
    'Answered security questions',
    'Recap of our meeting',
    'Contract draft',
  ],
  meeting: [
    'Product demo',
    'Kick-off meeting',
    'Executive briefing',
    'Technical deep dive',
  ],
  task: [
    'Prepare quote',
    'Send references',
    'Book next meeting',
    'Update mutual action plan',
  ],
  note: [
    'Budget confirmed',
    'New stakeholder',
    'Competitor in the deal',
    'Legal review started',
  ],
}

const NINETY_DAYS = 90 * 24 * 60

/**
 * About 400 calls, emails, meetings, tasks and notes over the last 90
 * days, each on the timeline of its account, a contact there and, for
 * most, one of that account's deals.
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
    const activity = activityRow(ctx, deal?.ownerId ?? account.ownerId)
    activities.push(activity)
    const contactId = ctx.faker.helpers.arrayElement(account.contactIds)
    const targets: [string, string][] = [
      ['account', account.id],
      ['contact', contactId],
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

function activityRow(ctx: DemoContext, ownerId: string): Row {
  const { faker } = ctx
  const type = faker.helpers.weightedArrayElement([...TYPES])
  const occurredAt = minutesBefore(
    ctx,
    faker.number.int({ min: 1, max: NINETY_DAYS }),
  )
  const isTask = type === 'task'
  const done = !isTask || faker.datatype.boolean({ probability: 0.6 })
  return {
    id: newId(),
    type,
    subject: faker.helpers.arrayElement(SUBJECTS[type]),
    body: faker.lorem.sentences({ min: 1, max: 3 }),
    occurred_at: occurredAt,
    due_at: isTask ? occurredAt : null,
    completed_at: isTask && done ? occurredAt : null,
    duration_minutes:
      type === 'call' || type === 'meeting'
        ? faker.helpers.arrayElement([15, 30, 45, 60])
        : null,
    owner_id: ownerId,
  }
}

async function insertLinks(ctx: DemoContext, links: Row[]) {
  const rows = links.map((l) => ({ tenant_id: ctx.actor.tenantId, ...l }))
  await insertRows(ctx.tx, 'activity_link', Object.keys(rows[0]), rows)
}
