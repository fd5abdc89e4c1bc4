import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyPassword } from '../../src/server/modules/auth/passwords.js'
import {
  DEMO_SIGN_IN,
  seedDemoWorkspace,
} from '../../src/server/modules/demo/seed-demo.js'
import { createTenant } from '../../src/server/modules/tenants/create-tenant.js'
import type { Db } from '../../src/server/platform/db/database.js'
import {
  openTestDatabase,
  type TestDatabase,
} from '../support/test-database.js'
import { content, counts, rows } from './demo-queries.js'

describe('The demo workspace', () => {
  let first: TestDatabase
  let second: TestDatabase
  let db: Db

  beforeAll(async () => {
    first = await openTestDatabase()
    second = await openTestDatabase()
    db = first.database.db
  })
  afterAll(async () => {
    await first?.dispose()
    await second?.dispose()
  })

  it('is created on a database without workspaces, with how to sign in', async () => {
    expect(await seedDemoWorkspace(db)).toEqual(DEMO_SIGN_IN)
    expect(await counts(db)).toEqual({
      app_user: 10,
      region: 2,
      team: 2,
      account: 60,
      contact: 150,
      account_contact: 150,
      lead: 40,
      product: 6,
      opportunity: 150,
      activity: 400,
    })
  })

  it('is not seeded again on the next start, which still shows the sign-in', async () => {
    const before = await counts(db)
    expect(await seedDemoWorkspace(db)).toEqual(DEMO_SIGN_IN)
    expect(await counts(db)).toEqual(before)
  })

  it('lets every demo user sign in with the documented password', async () => {
    const users = await rows(
      db,
      sql<{ password_hash: string; status: string }>`
      SELECT password_hash, status FROM app_user`,
    )
    for (const u of users) {
      expect(u.status).toBe('active')
      expect(await verifyPassword(u.password_hash, DEMO_SIGN_IN.password)).toBe(
        true,
      )
    }
  })

  it('spreads deals over every stage, open ones closing from today on', async () => {
    const stages = await rows(
      db,
      sql<{ name: string; outcome: string; early: number; n: number }>`
      SELECT s.name, s.outcome, count(o.id)::int AS n,
        count(o.id) FILTER (WHERE o.close_date < current_date)::int AS early
      FROM stage s LEFT JOIN opportunity o ON o.stage_id = s.id
      GROUP BY s.name, s.outcome`,
    )
    expect(stages).toHaveLength(7)
    expect(stages.every((s) => s.n > 0)).toBe(true)
    expect(
      stages.filter((s) => s.outcome === 'open').every((s) => s.early === 0),
    ).toBe(true)
  })

  it('dates deals by stage: engaged in the past, closed only if won or lost', async () => {
    const [wrong] = await rows(
      db,
      sql<Record<string, number>>`
      SELECT
        count(*) FILTER (WHERE o.engage_date >= current_date)::int
          AS engaged_later,
        count(*) FILTER (WHERE o.engage_date > o.close_date)::int
          AS closed_before_engaged,
        count(*) FILTER (WHERE s.outcome = 'open' AND s.position > 0
          AND o.engage_date IS NULL)::int AS open_not_engaged,
        count(*) FILTER (WHERE s.outcome <> 'open' AND (o.engage_date IS NULL
          OR o.close_date >= current_date))::int AS closed_later
      FROM opportunity o JOIN stage s ON s.id = o.stage_id`,
    )
    expect(wrong).toEqual({
      engaged_later: 0,
      closed_before_engaged: 0,
      open_not_engaged: 0,
      closed_later: 0,
    })
  })

  it('back-dates records to before their first activity, none today', async () => {
    for (const table of ['account', 'contact', 'lead', 'product']) {
      const [late] = await rows(
        db,
        sql<{ n: number }>`SELECT count(*)::int AS n
        FROM ${sql.table(table)} WHERE created_at >= current_date
          OR updated_at >= current_date OR updated_at < created_at`,
      )
      expect(late.n, table).toBe(0)
    }
    const [early] = await rows(
      db,
      sql<{ n: number }>`SELECT count(*)::int AS n
      FROM activity_link l
      LEFT JOIN account a ON l.record_type = 'account' AND a.id = l.record_id
      LEFT JOIN contact c ON l.record_type = 'contact' AND c.id = l.record_id
      WHERE l.occurred_at < coalesce(a.created_at, c.created_at)`,
    )
    expect(early.n).toBe(0)
  })

  it('creates each deal on its engage date and each lead at a time of its own', async () => {
    const [deals] = await rows(
      db,
      sql<{ n: number }>`SELECT count(*)::int AS n FROM opportunity
      WHERE engage_date <> (created_at AT TIME ZONE 'UTC')::date
        OR created_at >= current_date`,
    )
    expect(deals.n).toBe(0)
    const [leads] = await rows(
      db,
      sql<{ n: number; times: number }>`SELECT count(*)::int AS n,
      count(DISTINCT created_at)::int AS times FROM lead`,
    )
    expect(leads.times).toBe(leads.n)
  })

  it('writes activities in plain English, every placeholder filled', async () => {
    const texts = await rows(
      db,
      sql<{ subject: string; body: string }>`
      SELECT subject, body FROM activity`,
    )
    const lorem = /\b(lorem|ipsum|dolor|amet|consectetur|adipisci)\b/i
    for (const { subject, body } of texts) {
      expect(`${subject} ${body}`).not.toMatch(lorem)
      expect(`${subject} ${body}`).not.toMatch(/[{}]/)
      expect(body.length).toBeGreaterThan(10)
    }
    const subjects = new Set(texts.map((t) => t.subject))
    expect(subjects.size).toBeGreaterThan(50)
  })

  it('gives every product a code of its own', async () => {
    const products = await rows(
      db,
      sql<{ code: string | null }>`SELECT code FROM product`,
    )
    const codes = products.map((p) => p.code)
    expect(codes.every((c) => /^[A-Z]{3}-[A-Z]{4}-\d{3}$/.test(c ?? ''))).toBe(
      true,
    )
    expect(new Set(codes).size).toBe(codes.length)
  })

  it('puts each activity on the timeline of its account and a contact', async () => {
    const [missing] = await rows(
      db,
      sql<{ n: number }>`
      SELECT count(*)::int AS n FROM activity a WHERE NOT EXISTS (
        SELECT 1 FROM activity_link l WHERE l.activity_id = a.id
          AND l.record_type = 'contact')`,
    )
    expect(missing.n).toBe(0)
    const [old] = await rows(
      db,
      sql<{ n: number }>`SELECT count(*)::int AS n
      FROM activity WHERE occurred_at < now() - interval '91 days'`,
    )
    expect(old.n).toBe(0)
  })

  it('writes a demo_seed audit entry for every record it creates', async () => {
    const audited = await rows(
      db,
      sql<{ record_type: string; n: number }>`
      SELECT record_type, count(*)::int AS n FROM audit_log
      WHERE reason_code = 'demo_seed' GROUP BY record_type`,
    )
    const byType = Object.fromEntries(audited.map((a) => [a.record_type, a.n]))
    const c = await counts(db)
    expect(byType).toEqual({
      user: c.app_user - 1,
      region: c.region,
      team: c.team,
      account: c.account,
      contact: c.contact,
      account_contact: c.account_contact,
      lead: c.lead,
      product: c.product,
      opportunity: c.opportunity,
      opportunity_product: c.opportunity,
      activity: c.activity,
    })
  })

  it('holds the same data when seeded again from the same seed', async () => {
    await seedDemoWorkspace(second.database.db)
    expect(await content(second.database.db)).toEqual(await content(db))
  })

  it('is not created where another workspace already exists', async () => {
    const other = await openTestDatabase()
    try {
      await createTenant(other.database.db, {
        slug: 'acme',
        name: 'Acme',
        admin: { email: 'a@acme.test', name: 'A' },
      })
      expect(await seedDemoWorkspace(other.database.db)).toBeUndefined()
      const [demo] = await rows(
        other.database.db,
        sql<{ n: number }>`
        SELECT count(*)::int AS n FROM tenant WHERE slug = 'demo'`,
      )
      expect(demo.n).toBe(0)
    } finally {
      await other.dispose()
    }
  })
})
