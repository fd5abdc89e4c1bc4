import fc from 'fast-check'
import { sql } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Actor } from '../../src/server/modules/access/actor.js'
import { loadRights } from '../../src/server/modules/access/load-rights.js'
import {
  canSee,
  SHARE_KEY,
  shareAccessSql,
  visibleRows,
} from '../../src/server/modules/access/policy.js'
import { SCOPES, type Scope } from '../../src/server/modules/access/scopes.js'
import { opportunityType } from '../../src/server/modules/opportunities/opportunity-type.js'
import { createTenant } from '../../src/server/modules/tenants/create-tenant.js'
import type { Db } from '../../src/server/platform/db/database.js'
import { withTenant } from '../../src/server/platform/db/tenant-transaction.js'
import {
  openTestDatabase,
  type TestDatabase,
} from '../support/test-database.js'

// Random organisations, roles, deals, shares and a guard on seeing: for
// every user, the list predicate (SQL) and the single-record check (code)
// pick the same deals, and both match what scopes, shares and the guard
// mean, worked out here the simple way.

interface Org {
  users: { team: number | null; manager: number | null }[]
  teams: { region: number | null; manager: number | null }[]
  regionManagers: (number | null)[]
  roles: Scope[]
  holdings: number[][]
  deals: Deal[]
  shares: {
    deal: number
    user: number | null
    team: number
    edit: boolean
    expired: boolean
  }[]
  /** Deals over this amount stay within the guard's reach of the owner. */
  guard: { over: number; within: Within; exceptRole: number | null } | null
}

type Within = 'own' | 'team' | 'region' | 'manager'

interface Deal {
  owner: number
  creator: number
  amount: number | null
}

const org: fc.Arbitrary<Org> = fc.integer({ min: 2, max: 7 }).chain((n) =>
  fc.record({
    users: fc.array(
      fc.record({
        team: fc.option(fc.integer({ min: 0, max: 2 })),
        manager: fc.option(fc.integer({ min: 0, max: n - 1 })),
      }),
      { minLength: n, maxLength: n },
    ),
    teams: fc.array(
      fc.record({
        region: fc.option(fc.integer({ min: 0, max: 1 })),
        manager: fc.option(fc.integer({ min: 0, max: n - 1 })),
      }),
      { minLength: 3, maxLength: 3 },
    ),
    regionManagers: fc.array(fc.option(fc.integer({ min: 0, max: n - 1 })), {
      minLength: 2,
      maxLength: 2,
    }),
    roles: fc.array(fc.constantFrom(...SCOPES), { minLength: 1, maxLength: 3 }),
    holdings: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 2 })), {
      minLength: n,
      maxLength: n,
    }),
    deals: fc.array(
      fc.record({
        owner: fc.integer({ min: 0, max: n - 1 }),
        creator: fc.integer({ min: 0, max: n - 1 }),
        amount: fc.option(fc.integer({ min: 0, max: 100 })),
      }),
      { maxLength: 12 },
    ),
    shares: fc.array(
      fc.record({
        deal: fc.integer({ min: 0, max: 11 }),
        user: fc.option(fc.integer({ min: 0, max: n - 1 })),
        team: fc.integer({ min: 0, max: 2 }),
        edit: fc.boolean(),
        expired: fc.boolean(),
      }),
      { maxLength: 6 },
    ),
    guard: fc.option(
      fc.record({
        over: fc.integer({ min: 0, max: 100 }),
        within: fc.constantFrom<Within>('own', 'team', 'region', 'manager'),
        exceptRole: fc.option(fc.integer({ min: 0, max: 2 })),
      }),
    ),
  }),
)

/** Managers only above their reports: a manager index below the user's. */
function managerOf(o: Org, u: number) {
  const m = o.users[u].manager
  return m !== null && m < u ? m : null
}

function oracle(o: Org, me: number, i: number) {
  const deal = o.deals[i]
  const teamsOf = (u: number) => {
    const own = o.users[u].team
    const managed = o.teams.flatMap((t, i) => (t.manager === u ? [i] : []))
    return new Set(own === null ? managed : [own, ...managed])
  }
  const regionOf = (team: number | null) =>
    team === null ? null : o.teams[team].region
  const myTeams = teamsOf(me)
  const myRegions = new Set<number | null>([
    ...[...myTeams].map(regionOf).filter((r) => r !== null),
    ...o.regionManagers.flatMap((m, i) => (m === me ? [i] : [])),
  ])
  const below = (u: number): boolean =>
    u === me || (managerOf(o, u) !== null && below(managerOf(o, u) as number))
  const reach: Record<Scope, boolean> = {
    none: false,
    own: deal.owner === me || deal.creator === me,
    team:
      deal.owner === me ||
      (o.users[deal.owner].team !== null &&
        myTeams.has(o.users[deal.owner].team as number)),
    region:
      deal.owner === me || myRegions.has(regionOf(o.users[deal.owner].team)),
    manager: below(deal.owner),
    all: true,
  }
  const held = o.holdings[me].filter((r) => r < o.roles.length)
  const scopes = held.map((r) => o.roles[r])
  const shared = o.shares.some(
    (s) =>
      s.deal === i &&
      !s.expired &&
      (s.user !== null ? s.user === me : s.team === o.users[me].team),
  )
  // A user holding no role works by the workspace default: full access.
  const reached =
    scopes.length === 0 ||
    scopes.some((s) => reach[s]) ||
    (shared && scopes.some((s) => s !== 'none'))
  const g = o.guard
  if (!g || (g.exceptRole !== null && held.includes(g.exceptRole))) {
    return reached
  }
  const within = { ...reach, own: deal.owner === me }[g.within]
  const guarded = deal.amount !== null && deal.amount > g.over
  return reached && (!guarded || within)
}

async function build(db: Db, o: Org, n: number) {
  const { tenantId } = await createTenant(db, {
    slug: `agree-${n}-${uuidv7().slice(-6)}`,
    name: 'Agreement',
    admin: { email: 'admin@agree.test', name: 'Admin' },
  })
  const ids = o.users.map(() => uuidv7())
  const teams = o.teams.map(() => uuidv7())
  const regions = o.regionManagers.map(() => uuidv7())
  const roles = o.roles.map(() => uuidv7())
  await withTenant(db, tenantId, async (tx) => {
    for (const [i, id] of ids.entries()) {
      await sql`INSERT INTO app_user (tenant_id, id, email, name)
        VALUES (${tenantId}, ${id}, ${`u${i}@agree.test`}, ${`U${i}`})`.execute(
        tx,
      )
    }
    for (const [i, id] of regions.entries()) {
      const m = o.regionManagers[i]
      await sql`INSERT INTO region (tenant_id, id, name, manager_id)
        VALUES (${tenantId}, ${id}, ${`R${i}`}, ${m === null ? null : ids[m]})`.execute(
        tx,
      )
    }
    for (const [i, id] of teams.entries()) {
      const { region, manager } = o.teams[i]
      await sql`INSERT INTO team (tenant_id, id, name, region_id, manager_id)
        VALUES (${tenantId}, ${id}, ${`T${i}`},
          ${region === null ? null : regions[region]},
          ${manager === null ? null : ids[manager]})`.execute(tx)
    }
    for (const [i, id] of ids.entries()) {
      const team = o.users[i].team
      const manager = managerOf(o, i)
      await sql`UPDATE app_user SET team_id = ${team === null ? null : teams[team]},
          manager_id = ${manager === null ? null : ids[manager]}
        WHERE tenant_id = ${tenantId} AND id = ${id}`.execute(tx)
    }
    for (const [i, id] of roles.entries()) {
      await sql`INSERT INTO role (tenant_id, id, key, name)
        VALUES (${tenantId}, ${id}, ${`r${i}`}, ${`Role ${i}`})`.execute(tx)
      await sql`INSERT INTO role_grant (tenant_id, role_id, record_type, action, scope)
        VALUES (${tenantId}, ${id}, ${i % 2 ? '*' : 'opportunity'}, 'view',
          ${o.roles[i]})`.execute(tx)
    }
    for (const [u, held] of o.holdings.entries()) {
      for (const r of held.filter((r) => r < roles.length)) {
        await sql`INSERT INTO role_assignment (tenant_id, user_id, role_id)
          VALUES (${tenantId}, ${ids[u]}, ${roles[r]})`.execute(tx)
      }
    }
  })
  const deals = o.deals.map(() => uuidv7())
  await withTenant(db, tenantId, async (tx) => {
    for (const [i, d] of o.deals.entries()) {
      await sql`INSERT INTO opportunity (tenant_id, id, name, owner_id,
          created_by_id, pipeline_id, stage_id, probability, forecast_category,
          amount)
        SELECT ${tenantId}, ${deals[i]}, ${`D${i}`}, ${ids[d.owner]},
          ${ids[d.creator]}, p.id, s.id, s.probability, s.forecast_category,
          ${d.amount}
        FROM pipeline p JOIN stage s ON s.tenant_id = p.tenant_id
          AND s.pipeline_id = p.id
        WHERE p.tenant_id = ${tenantId} ORDER BY s.position LIMIT 1`.execute(tx)
    }
  })
  await withTenant(db, tenantId, async (tx) => {
    for (const share of o.shares.filter((s) => s.deal < deals.length)) {
      await sql`INSERT INTO record_share (tenant_id, id, record_type,
          record_id, user_id, team_id, access, expires_at)
        VALUES (${tenantId}, ${uuidv7()}, 'opportunity', ${deals[share.deal]},
          ${share.user === null ? null : ids[share.user]},
          ${share.user === null ? teams[share.team] : null},
          ${share.edit ? 'edit' : 'read'},
          ${share.expired ? sql`now() - interval '1 day'` : null})
        ON CONFLICT DO NOTHING`.execute(tx)
    }
    const g = o.guard
    if (g) {
      const except = g.exceptRole === null ? [] : [`r${g.exceptRole}`]
      const when = { field: 'amount', op: 'gt', value: g.over }
      await sql`INSERT INTO guard_rule (tenant_id, id, record_type, name,
          condition, action, within, except_roles)
        VALUES (${tenantId}, ${uuidv7()}, 'opportunity', 'Large deals',
          ${JSON.stringify(when)}::jsonb, 'view', ${g.within},
          ${except}::text[])`.execute(tx)
    }
  })
  return { tenantId, ids, deals }
}

let database: TestDatabase
beforeAll(async () => {
  database = await openTestDatabase()
})
afterAll(() => database.dispose())

describe('the list predicate and the single-record check', () => {
  it('agree with each other and with what scopes mean', async () => {
    let run = 0
    await fc.assert(
      fc.asyncProperty(org, async (o) => {
        const db = database.database.db
        const { tenantId, ids, deals } = await build(db, o, run++)
        for (const [me, userId] of ids.entries()) {
          const actor: Actor = {
            tenantId,
            userId,
            role: 'member',
            via: 'session',
          }
          await withTenant(db, tenantId, async (tx) => {
            actor.rights = await loadRights(tx, actor)
            const listed = await sql<{ id: string }>`
              SELECT t.id FROM opportunity t
              WHERE ${visibleRows(actor, opportunityType)}`.execute(tx)
            const all = await sql<Record<string, unknown>>`
              SELECT t.*, ${shareAccessSql(actor, opportunityType)}
                AS ${sql.id(SHARE_KEY)}
              FROM opportunity t`.execute(tx)
            const seen = all.rows
              .filter((row) => canSee(actor, opportunityType, row))
              .map((row) => row.id)
            const expected = deals.filter((_, i) => oracle(o, me, i))
            expect(listed.rows.map((r) => r.id).sort()).toEqual(
              [...seen].sort(),
            )
            expect([...seen].sort()).toEqual([...expected].sort())
          })
        }
      }),
      { numRuns: 40 },
    )
  })
})
