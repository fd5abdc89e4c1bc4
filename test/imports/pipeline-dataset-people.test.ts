import { sql } from 'kysely'
import { beforeAll, expect, it } from 'vitest'
import type { DatasetContents } from '../../src/server/modules/imports/dataset-files.js'
import type { ImportReport } from '../../src/server/modules/imports/import-report.js'
import type { Db } from '../../src/server/platform/db/database.js'
import {
  count,
  csv,
  describeImported,
  query,
  type Row,
} from './dataset-fixture.js'

describeImported(
  'Importing the data set: workspace, accounts and people',
  (imported) => {
    let db: Db
    let files: DatasetContents
    let report: ImportReport
    beforeAll(() => {
      ;({ db, files, report } = imported())
    })
    it('creates the workspace with the data set stages as its default pipeline', async () => {
      expect(report.workspace.created).toBe(true)
      const stages = await query(
        db,
        'maven',
        sql<Row>`
        SELECT s.name, s.probability, s.forecast_category, s.outcome
        FROM stage s JOIN pipeline p ON p.id = s.pipeline_id
        WHERE p.is_default ORDER BY s.position`,
      )
      expect(stages).toEqual([
        {
          name: 'Prospecting',
          probability: 10,
          forecast_category: 'pipeline',
          outcome: 'open',
        },
        {
          name: 'Engaging',
          probability: 40,
          forecast_category: 'pipeline',
          outcome: 'open',
        },
        {
          name: 'Won',
          probability: 100,
          forecast_category: 'closed',
          outcome: 'won',
        },
        {
          name: 'Lost',
          probability: 0,
          forecast_category: 'omitted',
          outcome: 'lost',
        },
      ])
    })

    it('imports the 85 accounts with revenue in exact dollars', async () => {
      expect(await count(db, 'maven', sql`account`)).toBe(85)
      const [acme] = await query(
        db,
        'maven',
        sql<Row>`
        SELECT annual_revenue, industry, year_established, employees
        FROM account WHERE name = 'Acme Corporation'`,
      )
      expect(acme).toEqual({
        annual_revenue: '1100040000.00',
        industry: 'technology',
        year_established: 1996,
        employees: 2822,
      })
    })

    it('corrects the sector and country misspellings', async () => {
      expect(
        await count(db, 'maven', sql`account WHERE industry = 'technolgy'`),
      ).toBe(0)
      const expected = csv(files.accounts).filter(
        (a) => a.sector === 'technolgy',
      ).length
      expect(
        await count(db, 'maven', sql`account WHERE industry = 'technology'`),
      ).toBe(expected)
      expect(
        await count(
          db,
          'maven',
          sql`account WHERE billing_country = 'Philippines'`,
        ),
      ).toBe(1)
    })

    it('links each subsidiary to its parent account', async () => {
      const expected = csv(files.accounts).filter((a) => a.subsidiary_of).length
      expect(
        await count(
          db,
          'maven',
          sql`account WHERE parent_account_id IS NOT NULL`,
        ),
      ).toBe(expected)
      const [bluth] = await query(
        db,
        'maven',
        sql<Row>`
        SELECT p.name FROM account a JOIN account p ON p.id = a.parent_account_id
        WHERE a.name = 'Bluth Company'`,
      )
      expect(bluth.name).toBe('Acme Corporation')
    })

    it('makes every agent and manager an invited user without a password', async () => {
      const teams = csv(files.salesTeams)
      const people = new Set(teams.flatMap((t) => [t.sales_agent, t.manager]))
      const users = await query(
        db,
        'maven',
        sql<Row>`
        SELECT name, status, password_hash FROM app_user WHERE role = 'member'`,
      )
      expect(users.map((u) => u.name).sort()).toEqual([...people].sort())
      expect(
        users.every((u) => u.status === 'invited' && !u.password_hash),
      ).toBe(true)
    })

    it('tells managers from agents by their title, all with the member role', async () => {
      const teams = csv(files.salesTeams)
      const managers = new Set(teams.map((t) => t.manager))
      const users = await query(
        db,
        'maven',
        sql<Row>`SELECT name, title FROM app_user WHERE role = 'member'`,
      )
      for (const u of users) {
        const title = managers.has(u.name) ? 'Sales Manager' : 'Sales Agent'
        expect(u.title, u.name).toBe(title)
      }
    })

    it('puts each agent under their manager, in the team the manager leads', async () => {
      const rows = await query(
        db,
        'maven',
        sql<Row>`
        SELECT a.name AS agent, m.name AS manager, r.name AS region
        FROM app_user a
        JOIN app_user m ON m.id = a.manager_id
        JOIN team t ON t.id = a.team_id AND t.manager_id = m.id
        JOIN region r ON r.id = t.region_id`,
      )
      const expected = csv(files.salesTeams).map((t) => ({
        agent: t.sales_agent,
        manager: t.manager,
        region: t.regional_office,
      }))
      const byAgent = (a: Row, b: Row) => a.agent.localeCompare(b.agent)
      expect(rows.sort(byAgent)).toEqual(expected.sort(byAgent))
    })

    it('creates one team per manager and one region per office', async () => {
      expect(await count(db, 'maven', sql`team`)).toBe(6)
      const regions = await query(
        db,
        'maven',
        sql<Row>`
        SELECT name, manager_id FROM region ORDER BY name`,
      )
      expect(regions).toEqual([
        { name: 'Central', manager_id: null },
        { name: 'East', manager_id: null },
        { name: 'West', manager_id: null },
      ])
    })
  },
)
