import { sql } from 'kysely'
import { insertRows } from '../../platform/db/batch-insert.js'
import {
  addRecords,
  auditCreated,
  type DemoContext,
  newId,
  personEmail,
  workTime,
} from './demo-context.js'

// The sales organisation was set up well before the oldest account.
const ORGANISED_DAYS_AGO = 800

export interface DemoPeople {
  /** The sales reps, who own the accounts, leads and deals. */
  reps: string[]
}

interface Person {
  id: string
  name: string
  email: string
  title: string
  manager_id: string | null
  team_id: string | null
}

// A head of sales over two regions, each with one team of three reps led
// by a sales manager. Everyone signs in with the demo password.
export async function seedPeople(
  ctx: DemoContext,
  adminId: string,
  passwordHash: string,
): Promise<DemoPeople> {
  const organised = workTime(ctx, -ORGANISED_DAYS_AGO)
  const since = { created_at: organised, updated_at: organised }
  const head = person(ctx, 'Head of Sales', null)
  const regions = [
    { id: newId(), name: 'North America', manager_id: head.id, ...since },
    { id: newId(), name: 'Europe', manager_id: head.id, ...since },
  ]
  const managers = regions.map(() => person(ctx, 'Sales Manager', head.id))
  const teams = regions.map((r, i) => ({
    id: newId(),
    name: i === 0 ? 'Enterprise' : 'Mid-Market',
    region_id: r.id,
    manager_id: managers[i].id,
    ...since,
  }))
  const reps = teams.flatMap((t) =>
    [1, 2, 3].map(() => ({
      ...person(ctx, 'Account Executive', t.manager_id),
      team_id: t.id,
    })),
  )
  managers.forEach((m, i) => {
    m.team_id = teams[i].id
  })

  const people = [head, ...managers, ...reps]
  await insertUsers(ctx, people, passwordHash, organised)
  await addRecords(ctx, 'region', regions)
  await addRecords(ctx, 'team', teams)
  await linkPeople(ctx, people)
  await sql`UPDATE app_user SET title = 'Administrator'
    WHERE tenant_id = ${ctx.actor.tenantId} AND id = ${adminId}`.execute(ctx.tx)
  return { reps: reps.map((r) => r.id) }
}

function person(
  ctx: DemoContext,
  title: string,
  managerId: string | null,
): Person {
  const first = ctx.faker.person.firstName()
  const last = ctx.faker.person.lastName()
  return {
    id: newId(),
    name: `${first} ${last}`,
    email: personEmail(first, last, 'demo.example'),
    title,
    manager_id: managerId,
    team_id: null,
  }
}

// The audit entry shows the user as they end up; never the hash.
async function insertUsers(
  ctx: DemoContext,
  people: Person[],
  hash: string,
  createdAt: string,
) {
  const rows = people.map((p) => ({
    tenant_id: ctx.actor.tenantId,
    id: p.id,
    email: p.email,
    name: p.name,
    title: p.title,
    role: 'member',
    status: 'active',
    password_hash: hash,
    created_at: createdAt,
    updated_at: createdAt,
  }))
  await insertRows(ctx.tx, 'app_user', Object.keys(rows[0]), rows)
  auditCreated(
    ctx,
    'user',
    people.map((p) => ({ ...p, status: 'active' })),
  )
}

// Users reference teams and teams reference users: links come last.
async function linkPeople(ctx: DemoContext, people: Person[]) {
  for (const p of people) {
    await sql`UPDATE app_user SET manager_id = ${p.manager_id},
        team_id = ${p.team_id}
      WHERE tenant_id = ${ctx.actor.tenantId} AND id = ${p.id}`.execute(ctx.tx)
  }
}
