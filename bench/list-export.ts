import { CompiledQuery } from 'kysely'
import { runExport } from '../src/server/modules/exports/run-export.js'
import type { Database } from '../src/server/platform/db/database.js'
import { buildApp } from '../src/server/platform/http/app.js'
import type { Benchmark, CaseResult, Ratio } from './benchmark.js'
import { explainAsApp, findListQuery } from './explain-plan.js'
import { measure } from './measure.js'
import { analyzeSalesTables } from './opportunity-fill.js'
import type { BenchOptions } from './options.js'
import { QueryRecorder } from './query-recorder.js'
import {
  prepareSalesWorkspace,
  type SalesWorkspace,
} from './sales-workspace.js'
import { timeStatement } from './time-statement.js'

// An export is long work: a few runs say enough.
const RUNS = 3

interface ExportCase {
  name: string
  viewer: 'administrator' | 'sales_rep'
  format: 'csv' | 'xlsx'
}

const CASES: ExportCase[] = [
  {
    name: 'administrator, every deal, CSV',
    viewer: 'administrator',
    format: 'csv',
  },
  {
    name: 'administrator, every deal, XLSX',
    viewer: 'administrator',
    format: 'xlsx',
  },
  { name: 'sales rep, their deals, CSV', viewer: 'sales_rep', format: 'csv' },
]

/**
 * How far the JavaScript heap grew above where it started while `work`
 * ran, in MB: an export that streams keeps this flat whatever its size.
 * (The embedded database's own memory is outside this heap.)
 */
async function heapGrowth<T>(work: () => Promise<T>) {
  const start = process.memoryUsage().heapUsed
  let peak = start
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed)
  }, 20)
  try {
    const result = await work()
    return { result, growthMb: Math.round((peak - start) / 1e5) / 10 }
  } finally {
    clearInterval(timer)
  }
}

/** Asks for the export through the API, then runs its job here. */
async function exportOnce(
  w: SalesWorkspace,
  database: Database,
  c: ExportCase,
) {
  const res = await w.viewers[c.viewer].session.post('/api/v1/exports', {
    recordType: 'opportunity',
    format: c.format,
    timeZone: 'Europe/Berlin',
  })
  if (res.statusCode !== 202) throw new Error(`${c.name}: ${res.body}`)
  const id: string = res.json().data.id
  await runExport(database.db, w.tenantId, id)
  const done = await w.viewers[c.viewer].session.get(`/api/v1/exports/${id}`)
  return done.json().data as { status: string; done: number; bytes: number }
}

async function runCase(
  c: ExportCase,
  w: SalesWorkspace,
  database: Database,
  recorder: QueryRecorder,
): Promise<CaseResult & { bytes: number; growthMb: number }> {
  let rows = 0
  let bytes = 0
  const check = (e: { status: string; done: number; bytes: number }) => {
    if (e.status !== 'completed') throw new Error(`${c.name}: ${e.status}`)
    rows = e.done
    bytes = e.bytes
  }
  const recorded = await recorder.record(async () =>
    check(await exportOnce(w, database, c)),
  )
  const page = findListQuery(recorded, 'opportunity')
  const plan = await explainAsApp(database.db, w.tenantId, page)
  const { result: timing, growthMb } = await heapGrowth(() =>
    measure(() => exportOnce(w, database, c), check, { runs: RUNS, warmup: 0 }),
  )
  return {
    name: c.name,
    url: 'POST /api/v1/exports',
    rows,
    timing,
    plan,
    bytes,
    growthMb,
  }
}

/** Reading every deal in one statement: the floor an export stands on. */
function readAll(tenantId: string) {
  return CompiledQuery.raw(
    `SELECT * FROM opportunity t WHERE t.tenant_id = $1
       AND t.deleted_at IS NULL ORDER BY t.updated_at DESC, t.id DESC`,
    [tenantId],
  )
}

export const listExport: Benchmark = {
  name: 'list-export',
  title: 'Exporting a whole opportunity list, as an administrator and as a rep',

  async run(database, options: BenchOptions) {
    const recorder = new QueryRecorder(database.db)
    const app = await buildApp({
      database: recorder.wrap(database),
      cookieSecret: 'bench-cookie-secret-that-is-long-enough',
      logLevel: process.env.BENCH_LOG ?? 'silent',
      // The job runs in the benchmark itself, where it is timed.
      jobs: { send: async () => null },
    })
    try {
      const w = await prepareSalesWorkspace(app, database, {
        slug: 'bench',
        opportunities: options.scale,
      })
      await analyzeSalesTables(database)
      const results = []
      for (const c of CASES)
        results.push(await runCase(c, w, database, recorder))
      const floor = await timeStatement(
        database.db,
        w.tenantId,
        readAll(w.tenantId),
        { runs: RUNS, warmup: 1 },
      )
      const [csv, xlsx, rep] = results
      const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100
      const ratios: Ratio[] = [
        {
          name: `SQL: ${csv.name} / every deal in one statement`,
          value: ratio(csv.timing.medianMs, floor.medianMs),
        },
        {
          name: `${xlsx.name} / CSV`,
          value: ratio(xlsx.timing.medianMs, csv.timing.medianMs),
        },
        ...results.map((r) => ({
          name: `rows per second: ${r.name}`,
          value: Math.round(r.rows / (r.timing.medianMs / 1000)),
        })),
      ]
      return {
        name: this.name,
        title: this.title,
        setup: {
          opportunities: options.scale,
          fillMs: Math.round(w.fillMs),
          readAllMedianMs: floor.medianMs,
          ...Object.fromEntries(
            results.flatMap((r) => [
              [`${r.name}: KB`, Math.round(r.bytes / 1000)],
              [`${r.name}: heap growth MB`, r.growthMb],
            ]),
          ),
          repRows: rep.rows,
        },
        cases: results,
        ratios,
      }
    } finally {
      await app.close()
    }
  },
}
