import { Decimal } from 'decimal.js'
import { sql } from 'kysely'
import { beforeAll, expect, it } from 'vitest'
import type { DatasetContents } from '../../src/server/modules/imports/dataset-files.js'
import { importPipelineDataset } from '../../src/server/modules/imports/import-pipeline-dataset.js'
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
  'Importing the data set: deals, report and re-import',
  (imported) => {
    let db: Db
    let files: DatasetContents
    let report: ImportReport
    const deals = () => csv(files.salesPipeline)
    beforeAll(() => {
      ;({ db, files, report } = imported())
    })
    it('imports all 8,800 deals with the stage counts of the file', async () => {
      const rows = await query(
        db,
        'maven',
        sql<{ name: string; n: number }>`
        SELECT s.name, count(*)::int AS n
        FROM opportunity o JOIN stage s ON s.id = o.stage_id GROUP BY s.name`,
      )
      const counts = Object.fromEntries(rows.map((r) => [r.name, r.n]))
      expect(counts).toEqual({
        Won: 4238,
        Lost: 2473,
        Engaging: 1589,
        Prospecting: 500,
      })
    })

    it('sums each agent’s closed-won value exactly as the file does', async () => {
      const expected = new Map<string, Decimal>()
      for (const d of deals().filter((d) => d.deal_stage === 'Won')) {
        const sum = expected.get(d.sales_agent) ?? new Decimal(0)
        expected.set(d.sales_agent, sum.plus(d.close_value))
      }
      const rows = await query(
        db,
        'maven',
        sql<{ name: string; won: string }>`
        SELECT u.name, sum(o.amount) AS won
        FROM opportunity o
        JOIN stage s ON s.id = o.stage_id AND s.outcome = 'won'
        JOIN app_user u ON u.id = o.owner_id GROUP BY u.name`,
      )
      const actual = Object.fromEntries(rows.map((r) => [r.name, r.won]))
      const wanted = Object.fromEntries(
        [...expected].map(([name, sum]) => [name, sum.toFixed(2)]),
      )
      expect(actual).toEqual(wanted)
    })

    it('links the GTXPro deals to the GTX Pro product', async () => {
      const expected = deals().filter((d) => d.product === 'GTXPro').length
      expect(expected).toBeGreaterThan(0)
      const linked = await count(
        db,
        'maven',
        sql`
        opportunity_product l JOIN product p ON p.id = l.product_id
        WHERE p.name = 'GTX Pro'`,
      )
      expect(linked).toBe(expected)
      expect(await count(db, 'maven', sql`product`)).toBe(7)
    })

    it('keeps the 1,425 deals without an account, without one', async () => {
      expect(
        await count(db, 'maven', sql`opportunity WHERE account_id IS NULL`),
      ).toBe(1425)
    })

    it('leaves the amount of open deals empty and keeps lost deals at zero', async () => {
      const rows = await query(
        db,
        'maven',
        sql<Row>`
        SELECT s.outcome, count(*) FILTER (WHERE o.amount IS NULL)::int AS empty
        FROM opportunity o JOIN stage s ON s.id = o.stage_id
        GROUP BY s.outcome ORDER BY s.outcome`,
      )
      expect(rows).toEqual([
        { outcome: 'open', empty: 2089 },
        { outcome: 'won', empty: 0 },
        { outcome: 'lost', empty: 0 },
      ])
    })

    it('reports every normalisation with its count', () => {
      const counts = Object.fromEntries(
        report.normalisations.map((n) => [n.code, n.count]),
      )
      expect(counts).toMatchObject({
        sector_spelling: 12,
        country_spelling: 1,
        product_name: 1480,
        deal_without_account: 1425,
        open_deal_without_amount: 2089,
        open_deal_without_close_date: 2089,
      })
      expect(report.rejected).toEqual([])
    })

    it('writes an import audit entry for every record it creates', async () => {
      const rows = await query(
        db,
        'maven',
        sql<{ record_type: string; n: number }>`
        SELECT record_type, count(*)::int AS n FROM audit_log
        WHERE action = 'create' AND reason_code = 'import'
        GROUP BY record_type ORDER BY record_type`,
      )
      expect(Object.fromEntries(rows.map((r) => [r.record_type, r.n]))).toEqual(
        {
          account: 85,
          opportunity: 8800,
          opportunity_product: 8800,
          product: 7,
          region: 3,
          team: 6,
          user: 41,
        },
      )
    })

    it('creates nothing twice when the data set is imported again', async () => {
      const again = await importPipelineDataset(db, {
        tenantSlug: 'maven',
        files,
      })
      const created = Object.values(again.counts).map((c) => c.created)
      expect(created.every((n) => n === 0)).toBe(true)
      expect(again.counts.opportunity.skipped).toBe(8800)
      expect(await count(db, 'maven', sql`opportunity`)).toBe(8800)
      expect(await count(db, 'maven', sql`app_user`)).toBe(42)
    })

    it('puts back a changed deal when imported again, and audits it', async () => {
      const [deal] = deals().filter((d) => d.deal_stage === 'Won')
      await query(
        db,
        'maven',
        sql`UPDATE opportunity SET amount = 1
        WHERE external_id = ${deal.opportunity_id} RETURNING id`,
      )
      const again = await importPipelineDataset(db, {
        tenantSlug: 'maven',
        files,
      })
      expect(again.counts.opportunity).toEqual({
        created: 0,
        updated: 1,
        skipped: 8799,
      })
      const [stored] = await query(
        db,
        'maven',
        sql<Row>`
        SELECT amount FROM opportunity WHERE external_id = ${deal.opportunity_id}`,
      )
      expect(stored.amount).toBe(new Decimal(deal.close_value).toFixed(2))
    })

    it('names a deal by account and product, or by product and id without an account', async () => {
      const named = await query(
        db,
        'maven',
        sql<{ name: string; account: string | null; external_id: string }>`
        SELECT o.name, a.name AS account, o.external_id
        FROM opportunity o LEFT JOIN account a ON a.id = o.account_id`,
      )
      const byId = new Map(deals().map((d) => [d.opportunity_id, d]))
      const alone = named.filter((n) => !n.account)
      expect(alone).toHaveLength(deals().filter((d) => !d.account).length)
      for (const n of alone) {
        expect(n.name).toMatch(new RegExp(` — ${n.external_id}$`))
      }
      expect(new Set(alone.map((n) => n.name)).size).toBe(alone.length)
      const [withAccount] = named.filter((n) => n.account)
      const source = byId.get(withAccount.external_id) as Row
      expect(withAccount.name).toMatch(
        new RegExp(`^${source.account} — GTX|^${source.account} — MG`),
      )
    })

    it('keeps the names an earlier import gave deals without an account', async () => {
      await query(
        db,
        'maven',
        sql`UPDATE opportunity o SET name = 'No account — ' || p.name
        FROM opportunity_product l JOIN product p ON p.id = l.product_id
        WHERE l.opportunity_id = o.id AND o.account_id IS NULL
        RETURNING o.id`,
      )
      const again = await importPipelineDataset(db, {
        tenantSlug: 'maven',
        files,
      })
      expect(again.counts.opportunity.updated).toBe(0)
      expect(
        await count(
          db,
          'maven',
          sql`opportunity WHERE name LIKE 'No account — %'`,
        ),
      ).toBe(deals().filter((d) => !d.account).length)
    })

    it('rejects a bad deal with its file and line, and writes nothing of it', async () => {
      const lines = files.salesPipeline.split('\r\n')
      lines[2] = lines[2].replace(/^([^,]+),[^,]+,/, '$1,Nobody Known,')
      const id = lines[2].split(',')[0]
      const broken = { ...files, salesPipeline: lines.join('\r\n') }
      const result = await importPipelineDataset(db, {
        tenantSlug: 'maven-bad',
        files: broken,
      })
      expect(result.rejected).toEqual([
        {
          file: 'sales_pipeline.csv',
          line: 3,
          reason: "Unknown sales agent 'Nobody Known'",
        },
      ])
      expect(result.counts.opportunity.created).toBe(8799)
      expect(
        await count(
          db,
          'maven-bad',
          sql`opportunity WHERE external_id = ${id}`,
        ),
      ).toBe(0)
    })
  },
)
