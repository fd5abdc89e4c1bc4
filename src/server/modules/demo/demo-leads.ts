import type { Row } from '../../platform/db/batch-insert.js'
import { INDUSTRIES, JOB_TITLES } from './demo-accounts.js'
import {
  addRecords,
  type DemoContext,
  instantAfter,
  newId,
  personEmail,
  workTime,
} from './demo-context.js'

// Weighted so the list looks like a working inbox: mostly new and worked.
// A lead's age fits its status: new ones came in the last two weeks,
// nurtured ones have been around for months.
interface LeadStatus {
  status: string
  /** How many days ago a lead in this status came in. */
  days: { min: number; max: number }
}
const STATUSES: { value: LeadStatus; weight: number }[] = [
  { value: { status: 'new', days: { min: 1, max: 14 } }, weight: 12 },
  { value: { status: 'working', days: { min: 3, max: 45 } }, weight: 10 },
  { value: { status: 'nurturing', days: { min: 30, max: 150 } }, weight: 6 },
  { value: { status: 'qualified', days: { min: 10, max: 60 } }, weight: 5 },
  { value: { status: 'unqualified', days: { min: 10, max: 90 } }, weight: 4 },
  { value: { status: 'converted', days: { min: 20, max: 120 } }, weight: 3 },
]
const SOURCES = ['Web form', 'Referral', 'Trade show', 'Cold call', 'Partner']

/** About 40 leads in every status, owned by the reps. */
export async function seedLeads(ctx: DemoContext, reps: string[]) {
  const { faker } = ctx
  const leads: Row[] = Array.from({ length: 40 }, () => {
    const first = faker.person.firstName()
    const last = faker.person.lastName()
    const company = faker.company.name()
    const domain = `${company.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example`
    const { status, days } = faker.helpers.weightedArrayElement(STATUSES)
    const created = workTime(ctx, -faker.number.int(days))
    return {
      id: newId(),
      first_name: first,
      last_name: last,
      title: faker.helpers.arrayElement(JOB_TITLES),
      email: personEmail(first, last, domain),
      phone: faker.phone.number({ style: 'international' }),
      company,
      company_size: faker.number.int({ min: 5, max: 5_000 }),
      industry: faker.helpers.arrayElement(INDUSTRIES),
      website: `https://www.${domain}`,
      source: faker.helpers.arrayElement(SOURCES),
      status,
      owner_id: faker.helpers.arrayElement(reps),
      created_at: created,
      updated_at: status === 'new' ? created : instantAfter(ctx, created),
    }
  })
  await addRecords(ctx, 'lead', leads)
}
