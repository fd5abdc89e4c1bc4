import type { Row } from '../../platform/db/batch-insert.js'
import {
  addRecords,
  type DemoContext,
  newId,
  personEmail,
} from './demo-context.js'

const INDUSTRIES = [
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

export interface DemoAccount {
  id: string
  name: string
  ownerId: string
  contactIds: string[]
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
    contactIds: [] as string[],
  }))
  await seedContacts(ctx, rows, accounts)
  return accounts
}

function accountRow(ctx: DemoContext, reps: string[]): Row {
  const { faker } = ctx
  const name = faker.company.name()
  const domain = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example`
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
  }
}

// 150 contacts, two or three per account, each with a role there; the
// first of each account is its primary contact.
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
    const first = faker.person.firstName()
    const last = faker.person.lastName()
    const id = newId()
    contacts.push({
      id,
      first_name: first,
      last_name: last,
      title: faker.person.jobTitle(),
      email: personEmail(first, last, rows[i % rows.length].domain as string),
      phone: faker.phone.number({ style: 'international' }),
      mailing_city: rows[i % rows.length].billing_city,
      mailing_country: 'United States',
      owner_id: account.ownerId,
    })
    links.push({
      id: newId(),
      account_id: account.id,
      contact_id: id,
      role: faker.helpers.arrayElement(ROLES),
      is_primary: i < accounts.length,
    })
    account.contactIds.push(id)
  }
  await addRecords(ctx, 'contact', contacts)
  await addRecords(ctx, 'account_contact', links)
}
