import type { Row } from '../../platform/db/batch-insert.js'
import {
  addRecords,
  type DemoContext,
  newId,
  personEmail,
} from './demo-context.js'

// Weighted so the list looks like a working inbox: mostly new and worked.
const STATUSES = [
  { value: 'new', weight: 12 },
  { value: 'working', weight: 10 },
  { value: 'nurturing', weight: 6 },
  { value: 'qualified', weight: 5 },
  { value: 'unqualified', weight: 4 },
  { value: 'converted', weight: 3 },
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
    return {
      id: newId(),
      first_name: first,
      last_name: last,
      title: faker.person.jobTitle(),
      email: personEmail(first, last, domain),
      phone: faker.phone.number({ style: 'international' }),
      company,
      company_size: faker.number.int({ min: 5, max: 5_000 }),
      industry: faker.company.buzzNoun(),
      website: `https://www.${domain}`,
      source: faker.helpers.arrayElement(SOURCES),
      status: faker.helpers.weightedArrayElement(STATUSES),
      owner_id: faker.helpers.arrayElement(reps),
    }
  })
  await addRecords(ctx, 'lead', leads)
}
