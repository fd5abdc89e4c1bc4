import type { LightMyRequestResponse } from 'fastify'
import type { Database } from '../src/server/platform/db/database.js'
import { buildApp } from '../src/server/platform/http/app.js'
import type { Benchmark, CaseResult, Ratio } from './benchmark.js'
import { explainAsApp, findListQuery } from './explain-plan.js'
import { measure } from './measure.js'
import { analyzeSalesTables } from './opportunity-fill.js'
import type { BenchOptions } from './options.js'
import { QueryRecorder } from './query-recorder.js'
import {
  ORG_SHAPE,
  prepareSalesWorkspace,
  type SalesWorkspace,
  type Viewer,
  type ViewerKey,
} from './sales-workspace.js'
import { timeStatement } from './time-statement.js'

const PAGE = 50
// Negotiation: one deal in seven, still a full page for a rep at 100,000.
const STAGE = 4

// The administrator's scope is all: their list is the unscoped baseline.
const VIEWERS: { key: ViewerKey; label: string }[] = [
  { key: 'administrator', label: 'administrator (all)' },
  { key: 'sales_rep', label: 'sales rep (own)' },
  { key: 'sales_manager', label: 'sales manager (manager)' },
  { key: 'regional_manager', label: 'regional manager (region)' },
]

interface Variant {
  name: string
  /** Query parameters besides the limit; the sort is the list's default. */
  filter(w: SalesWorkspace): string
  matches(row: Record<string, unknown>, w: SalesWorkspace): boolean
}

const VARIANTS: Variant[] = [
  { name: 'default sort', filter: () => '', matches: () => true },
  {
    name: 'stage filter',
    filter: (w) => `&filter[stage_id]=${w.stageIds[STAGE]}`,
    matches: (row, w) => row.stage_id === w.stageIds[STAGE],
  },
]

const caseName = (viewer: string, variant: Variant) =>
  `${viewer}, ${variant.name}`

/**
 * Fails the run unless the page holds `size` deals, every one in reach.
 * A rep's page is full from about 6,000 deals on, their page of one stage
 * from about 42,000; below that it is as long as the first one was.
 */
function requireScopedPage(
  res: LightMyRequestResponse,
  name: string,
  { owners, shared }: Omit<Viewer, 'session'>,
  matches: (row: Record<string, unknown>) => boolean,
  size: number,
): void {
  if (res.statusCode !== 200) {
    throw new Error(`${name}: ${res.statusCode} ${res.body}`)
  }
  const rows: Record<string, unknown>[] = res.json().data
  if (rows.length !== size) {
    throw new Error(`${name}: ${rows.length} rows, expected ${size}`)
  }
  const reached = (row: Record<string, unknown>) =>
    !owners || owners.has(String(row.owner_id)) || shared.has(String(row.id))
  const wrong = rows.find((row) => !matches(row) || !reached(row))
  if (wrong) throw new Error(`${name}: deal ${wrong.id} is out of reach`)
}

const pageSize = (res: LightMyRequestResponse) =>
  res.statusCode === 200 ? res.json().data.length : 0

async function runCase(
  viewer: (typeof VIEWERS)[number],
  variant: Variant,
  w: SalesWorkspace,
  recorder: QueryRecorder,
  database: Database,
  options: BenchOptions,
): Promise<CaseResult> {
  const name = caseName(viewer.label, variant)
  const url = `/api/v1/opportunities?limit=${PAGE}${variant.filter(w)}`
  const { session, ...reach } = w.viewers[viewer.key]
  const fetchPage = () => session.get(url)
  // The first request also loads any rights a cache keeps, before the
  // statements are recorded.
  const rows = Math.max(1, Math.min(PAGE, pageSize(await fetchPage())))
  const check = (res: LightMyRequestResponse) =>
    requireScopedPage(res, name, reach, (r) => variant.matches(r, w), rows)

  const recorded = await recorder.record(async () => check(await fetchPage()))
  const query = findListQuery(recorded, 'opportunity')
  const plan = await explainAsApp(database.db, w.tenantId, query)
  const timing = await measure(fetchPage, check, options)
  const sql = await timeStatement(database.db, w.tenantId, query, options)
  return { name, url, rows, timing, sql, plan }
}

/** Each scoped case over the administrator's, whole request and SQL. */
function scopeRatios(cases: CaseResult[]): Ratio[] {
  const find = (name: string) => cases.find((c) => c.name === name)
  const ratio = (a: number | undefined, b: number | undefined) =>
    a && b ? Math.round((a / b) * 100) / 100 : Number.NaN
  return VARIANTS.flatMap((variant) => {
    const base = find(caseName(VIEWERS[0].label, variant))
    return VIEWERS.slice(1).flatMap((viewer) => {
      const scoped = find(caseName(viewer.label, variant))
      const name = `${caseName(viewer.label, variant)} / ${VIEWERS[0].label}`
      return [
        {
          name: `request: ${name}`,
          value: ratio(scoped?.timing.medianMs, base?.timing.medianMs),
        },
        {
          name: `SQL: ${name}`,
          value: ratio(scoped?.sql?.medianMs, base?.sql?.medianMs),
        },
      ]
    })
  })
}

export const accessScopeList: Benchmark = {
  name: 'access-scope-list',
  title: 'Opportunity lists as seen through each sales role’s scope',

  async run(database, options) {
    const recorder = new QueryRecorder(database.db)
    const app = await buildApp({
      database: recorder.wrap(database),
      cookieSecret: 'bench-cookie-secret-that-is-long-enough',
      logLevel: process.env.BENCH_LOG ?? 'silent',
    })
    try {
      const main = await prepareSalesWorkspace(app, database, {
        slug: 'bench',
        opportunities: options.scale,
      })
      // A second workspace shares every table and index with the first,
      // so row-level security has rows to keep out.
      const otherOpportunities = Math.min(2000, options.scale)
      const other = await prepareSalesWorkspace(app, database, {
        slug: 'other',
        opportunities: otherOpportunities,
      })
      const start = performance.now()
      await analyzeSalesTables(database)
      const analyzeMs = performance.now() - start

      const cases: CaseResult[] = []
      for (const variant of VARIANTS) {
        for (const viewer of VIEWERS) {
          cases.push(
            await runCase(viewer, variant, main, recorder, database, options),
          )
        }
      }
      return {
        name: this.name,
        title: this.title,
        setup: {
          opportunities: options.scale,
          otherWorkspaceOpportunities: otherOpportunities,
          regions: ORG_SHAPE.regions,
          teams: main.org.teams.length,
          reps: main.org.reps.length,
          shares: main.shares,
          fillMs: Math.round(main.fillMs + other.fillMs),
          analyzeMs: Math.round(analyzeMs),
        },
        cases,
        fullPlan: caseName(VIEWERS[1].label, VARIANTS[0]),
        ratios: scopeRatios(cases),
      }
    } finally {
      await app.close()
    }
  },
}
