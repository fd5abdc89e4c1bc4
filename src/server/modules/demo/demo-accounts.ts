import type { Row } from '../../platform/db/batch-insert.js'
import {
  addRecords,
  type DemoContext,
  instantAfter,
  newId,
  personEmail,
  workTime,
} from './demo-context.js'

export const INDUSTRIES = [
  'Software',
  'Manufacturing',
  'Retail',
  'Healthcare',
  'Finance',
  'Logistics',
  'Telecommunications',
  'Education',
  'Energy',
  'Media',
]
const ROLES = [
  'Decision maker',
  'Economic buyer',
  'Champion',
  'Technical evaluator',
  'Influencer',
  'End user',
]
// Titles people hold at the companies we sell to.
export const JOB_TITLES = [
  'VP of Sales',
  'Head of Operations',
  'IT Director',
  'Chief Financial Officer',
  'Procurement Manager',
  'Operations Manager',
  'Chief Technology Officer',
  'Marketing Director',
  'Finance Manager',
  'Customer Success Lead',
  'Revenue Operations Analyst',
  'Office Manager',
]

// Accounts were entered 215 days to two years before the seeding day:
// before any of their deals was engaged (at most 210 days ago, see
// demo-deals.ts), and so before any activity with them.
const ENTERED_DAYS_AGO = { min: 215, max: 730 }

export interface DemoContact {
  id: string
  name: string
}

export interface DemoAccount {
  id: string
  name: string
  ownerId: string
  contacts: DemoContact[]
}

/** About 60 companies, the first ten with subsidiaries, and their people. */
export async function seedAccounts(
  ctx: DemoContext,
  reps: string[],
): Promise<DemoAccount[]> {
  const rows = Array.from({ length: 60 }, () => accountRow(ctx, reps))
  rows.slice(50).forEach((child, i) => {
    child.parent_account_id = rows[i].id
  })
  // Parents first, so the subsidiaries' references hold.
  await addRecords(ctx, 'account', rows.slice(0, 50))
  await addRecords(ctx, 'account', rows.slice(50))

  const accounts = rows.map((r) => ({
    id: r.id as string,
    name: r.name as string,
    ownerId: r.owner_id as string,
    contacts: [] as DemoContact[],
  }))
  await seedContacts(ctx, rows, accounts)
  return accounts
}

function accountRow(ctx: DemoContext, reps: string[]): Row {
  const { faker } = ctx
  const name = faker.company.name()
  const domain = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example`
  const created = workTime(ctx, -faker.number.int(ENTERED_DAYS_AGO))
  return {
    id: newId(),
    name,
    industry: faker.helpers.arrayElement(INDUSTRIES),
    employees: faker.number.int({ min: 12, max: 25_000 }),
    annual_revenue: `${faker.number.int({ min: 1, max: 5_000 })}00000.00`,
    year_established: faker.number.int({ min: 1950, max: 2022 }),
    website: `https://www.${domain}`,
    domain,
    phone: faker.phone.number({ style: 'international' }),
    billing_street: faker.location.streetAddress(),
    billing_city: faker.location.city(),
    billing_state: faker.location.state(),
    billing_postal_code: faker.location.zipCode(),
    billing_country: 'United States',
    owner_id: faker.helpers.arrayElement(reps),
    parent_account_id: null,
    created_at: created,
    updated_at: instantAfter(ctx, created),
  }
}

// 150 contacts, two or three per account, each with a role there; the
// first of each account is its primary contact. Each was entered within
// a week of their account.
async function seedContacts(
  ctx: DemoContext,
  rows: Row[],
  accounts: DemoAccount[],
) {
  const { faker } = ctx
  const contacts: Row[] = []
  const links: Row[] = []
  for (let i = 0; i < 150; i += 1) {
    const account = accounts[i % accounts.length]
    const row = rows[i % rows.length]
    const first = faker.person.firstName()
    const last = faker.person.lastName()
    const id = newId()
    const accountCreated = row.created_at as string
    const week = Date.parse(accountCreated) + 7 * 86_400_000
    const created = instantAfter(ctx, accountCreated, toIso(week))
    contacts.push({
      id,
      first_name: first,
      last_name: last,
      title: faker.helpers.arrayElement(JOB_TITLES),
      email: personEmail(first, last, row.domain as string),
      phone: faker.phone.number({ style: 'international' }),
      mailing_city: row.billing_city,
      mailing_country: 'United States',
      owner_id: account.ownerId,
      created_at: created,
      updated_at: instantAfter(ctx, created),
    })
    links.push({
      id: newId(),
      account_id: account.id,
      contact_id: id,
      role: faker.helpers.arrayElement(ROLES),
      is_primary: i < accounts.length,
      created_at: created,
      updated_at: created,
    })
    account.contacts.push({ id, name: `${first} ${last}` })
  }
  await addRecords(ctx, 'contact', contacts)
  await addRecords(ctx, 'account_contact', links)
}

function toIso(ms: number): string {
  return new Date(ms).toISOString()
}
