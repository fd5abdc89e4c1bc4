import { sql } from 'kysely'
import { beforeAll, expect, it } from 'vitest'
import type { Actor } from '../../src/server/modules/access/actor.js'
import { loadRights } from '../../src/server/modules/access/load-rights.js'
import {
  allowsOnRow,
  visibleRows,
} from '../../src/server/modules/access/policy.js'
import type { DatasetContents } from '../../src/server/modules/imports/dataset-files.js'
import { opportunityType } from '../../src/server/modules/opportunities/opportunity-type.js'
import { findTenantId } from '../../src/server/modules/tenants/create-tenant.js'
import type { Db } from '../../src/server/platform/db/database.js'
import { withTenant } from '../../src/server/platform/db/tenant-transaction.js'
import { csv, describeImported } from './dataset-fixture.js'

// What each person of the data set sees, counted by the access layer
// and by reading the CSV files directly.
describeImported('Access on the imported data set', (imported) => {
  let db: Db
  let files: DatasetContents
  let tenantId: string
  beforeAll(async () => {
    ;({ db, files } = imported())
    tenantId = (await findTenantId(db, 'maven')) as string
  })

  const teams = () => csv(files.salesTeams)
  const deals = () => csv(files.salesPipeline)

  async function userId(name: string) {
    return withTenant(db, tenantId, async (tx) => {
      const { rows } = await sql<{ id: string }>`
        SELECT id FROM app_user WHERE name = ${name}`.execute(tx)
      return rows[0].id
    })
  }

  /** How many deals a person may see, and a sample row check. */
  async function seen(name: string) {
    const actor: Actor = {
      tenantId,
      userId: await userId(name),
      role: 'member',
      via: 'session',
    }
    return withTenant(db, tenantId, async (tx) => {
      actor.rights = await loadRights(tx, actor)
      const { rows } = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM opportunity t
        WHERE ${visibleRows(actor, opportunityType)}`.execute(tx)
      return { count: rows[0].n, actor }
    })
  }

  it('gives an agent exactly their own deals', async () => {
    for (const agent of ['Anna Snelling', 'Darcel Schlecht']) {
      const expected = deals().filter((d) => d.sales_agent === agent).length
      expect((await seen(agent)).count, agent).toBe(expected)
    }
  })

  it('gives a manager exactly their team’s deals', async () => {
    for (const manager of ['Dustin Brinkmann', 'Melvin Marxen']) {
      const agents = new Set(
        teams()
          .filter((t) => t.manager === manager)
          .map((t) => t.sales_agent),
      )
      const expected = deals().filter((d) => agents.has(d.sales_agent)).length
      expect((await seen(manager)).count, manager).toBe(expected)
    }
  })

  it('gives a regional manager exactly their region’s deals', async () => {
    const head = 'Dustin Brinkmann'
    const id = await userId(head)
    await withTenant(db, tenantId, async (tx) => {
      await sql`UPDATE region SET manager_id = ${id} WHERE name = 'Central'`.execute(
        tx,
      )
      await sql`DELETE FROM role_assignment WHERE user_id = ${id}`.execute(tx)
      await sql`INSERT INTO role_assignment (tenant_id, user_id, role_id)
        SELECT tenant_id, ${id}, id FROM role WHERE key = 'regional_manager'`.execute(
        tx,
      )
    })
    const agents = new Set(
      teams()
        .filter((t) => t.regional_office === 'Central')
        .map((t) => t.sales_agent),
    )
    const expected = deals().filter((d) => agents.has(d.sales_agent)).length
    expect((await seen(head)).count).toBe(expected)
  })

  it('lets finance change a closed-won amount, and not a rep', async () => {
    const agent = 'Anna Snelling'
    const won = await withTenant(db, tenantId, async (tx) => {
      const { rows } = await sql<Record<string, unknown>>`
        SELECT o.* FROM opportunity o
        JOIN stage s ON s.id = o.stage_id AND s.outcome = 'won'
        JOIN app_user u ON u.id = o.owner_id AND u.name <> ${agent}
        LIMIT 1`.execute(tx)
      return rows[0]
    })
    const rep = (await seen(agent)).actor
    expect(allowsOnRow(rep, 'edit', opportunityType, won)).toBe(false)
    const financeId = await userId('Melvin Marxen')
    await withTenant(db, tenantId, (tx) =>
      sql`INSERT INTO role_assignment (tenant_id, user_id, role_id)
        SELECT tenant_id, ${financeId}, id FROM role WHERE key = 'finance'`.execute(
        tx,
      ),
    )
    const finance = (await seen('Melvin Marxen')).actor
    expect(allowsOnRow(finance, 'edit', opportunityType, won)).toBe(true)
  })
})
