import type { LightMyRequestResponse } from 'fastify'
import type { Database } from '../src/server/platform/db/database.js'
import { buildApp } from '../src/server/platform/http/app.js'
import { analyze, INDUSTRIES, MAX_SEATS, TIERS } from './account-fill.js'
import { type BenchWorkspace, prepareWorkspace } from './bench-workspace.js'
import type { Benchmark, CaseResult } from './benchmark.js'
import { explainAsApp, findListQuery } from './explain-plan.js'
import { measure } from './measure.js'
import type { BenchOptions } from './options.js'
import { QueryRecorder } from './query-recorder.js'

const PAGE = 50
const INDUSTRY = INDUSTRIES[7]
const TIER = TIERS[7].value
// Seats from which one account in `n` qualifies.
const seatsFrom = (n: number) => MAX_SEATS - MAX_SEATS / n + 1

type Row = Record<string, unknown>

interface FilterCase {
  name: string
  filter(w: BenchWorkspace): string
  /** Whether a returned row really satisfies the filter. */
  matches(row: Row, w: BenchWorkspace): boolean
}

// Each name says how many accounts match: a rep owns one in 100, an
// industry or a tier holds one in 20. The two ranges match as many as
// the tier and the owner, so each has a counterpart of equal size.
const CASES: FilterCase[] = [
  {
    name: 'built-in indexed (owner_id, 1 in 100)',
    filter: (w) => `filter[owner_id]=${w.repId}`,
    matches: (row, w) => row.owner_id === w.repId,
  },
  {
    name: 'built-in unindexed (industry, 1 in 20)',
    filter: () => `filter[industry]=${INDUSTRY}`,
    matches: (row) => row.industry === INDUSTRY,
  },
  {
    name: 'custom indexed (tier, 1 in 20)',
    filter: () => `filter[tier]=${TIER}`,
    matches: (row) => row.tier === TIER,
  },
  {
    name: 'custom unindexed (tier_plain, 1 in 20)',
    filter: () => `filter[tier_plain]=${TIER}`,
    matches: (row) => row.tier_plain === TIER,
  },
  ...[20, 100].map((n) => ({
    name: `custom indexed range (seats, 1 in ${n})`,
    filter: () => `filter[seats][gte]=${seatsFrom(n)}`,
    matches: (row: Row) => Number(row.seats) >= seatsFrom(n),
  })),
]

// Each custom figure over the built-in one it stands beside.
const RATIOS = [
  ['custom indexed (tier, 1 in 20)', 'built-in indexed (owner_id, 1 in 100)'],
  [
    'custom unindexed (tier_plain, 1 in 20)',
    'built-in unindexed (industry, 1 in 20)',
  ],
  [
    'custom indexed range (seats, 1 in 100)',
    'built-in indexed (owner_id, 1 in 100)',
  ],
]

/** Fails the run unless the response is a full page of matching rows. */
function requireFullPage(
  res: LightMyRequestResponse,
  c: FilterCase,
  w: BenchWorkspace,
): void {
  if (res.statusCode !== 200) {
    throw new Error(`${c.name}: ${res.statusCode} ${res.body}`)
  }
  const rows: Row[] = res.json().data
  if (rows.length !== PAGE) {
    throw new Error(`${c.name}: ${rows.length} rows, expected ${PAGE}`)
  }
  const wrong = rows.find((row) => !c.matches(row, w))
  if (wrong) {
    throw new Error(`${c.name}: row ${wrong.id} does not match the filter`)
  }
}

async function runCase(
  c: FilterCase,
  w: BenchWorkspace,
  recorder: QueryRecorder,
  database: Database,
  options: BenchOptions,
): Promise<CaseResult> {
  const url = `/api/v1/accounts?${c.filter(w)}&limit=${PAGE}`
  const fetchPage = () => w.session.get(url)
  const check = (res: LightMyRequestResponse) => requireFullPage(res, c, w)

  const recorded = await recorder.record(async () => check(await fetchPage()))
  const query = findListQuery(recorded, 'account')
  const plan = await explainAsApp(database.db, w.tenantId, query)
  const timing = await measure(fetchPage, check, options)
  return { name: c.name, url, rows: PAGE, timing, plan }
}

export const customFieldFilter: Benchmark = {
  name: 'custom-field-filter',
  title: 'Account lists filtered on custom fields beside built-in columns',

  async run(database, options) {
    const recorder = new QueryRecorder(database.db)
    const app = await buildApp({
      database: recorder.wrap(database),
      cookieSecret: 'bench-cookie-secret-that-is-long-enough',
      logLevel: process.env.BENCH_LOG ?? 'silent',
    })
    try {
      const main = await prepareWorkspace(app, database, {
        slug: 'bench',
        accounts: options.scale,
      })
      // A second workspace shares every table and index with the first,
      // so row-level security has rows to keep out.
      const otherAccounts = Math.min(2000, options.scale)
      const other = await prepareWorkspace(app, database, {
        slug: 'other',
        accounts: otherAccounts,
      })
      const start = performance.now()
      await analyze(database)
      const analyzeMs = performance.now() - start

      const cases: CaseResult[] = []
      for (const c of CASES) {
        cases.push(await runCase(c, main, recorder, database, options))
      }
      const median = (name: string) =>
        cases.find((c) => c.name === name)?.timing.medianMs ?? Number.NaN
      return {
        name: this.name,
        title: this.title,
        setup: {
          accounts: options.scale,
          otherWorkspaceAccounts: otherAccounts,
          owners: 100,
          fillMs: Math.round(main.fillMs + other.fillMs),
          analyzeMs: Math.round(analyzeMs),
        },
        cases,
        fullPlan: 'custom indexed (tier, 1 in 20)',
        ratios: RATIOS.map(([custom, builtIn]) => ({
          name: `${custom} / ${builtIn}`,
          value: Math.round((median(custom) / median(builtIn)) * 100) / 100,
        })),
      }
    } finally {
      await app.close()
    }
  },
}
