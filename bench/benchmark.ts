import type { Database } from '../src/server/platform/db/database.js'
import type { PlanSummary } from './explain-plan.js'
import type { Timing } from './measure.js'
import type { BenchOptions } from './options.js'

export interface CaseResult {
  name: string
  /** The request timed, without the host. */
  url: string
  rows: number
  timing: Timing
  /** The list's statement alone, run through the driver as the app runs it. */
  sql?: Timing
  plan: PlanSummary
}

export interface Ratio {
  name: string
  /**
   * Median of the first case over the median of the second: of the whole
   * requests, or of their statements alone where the name says SQL.
   */
  value: number
}

export interface BenchResult {
  name: string
  title: string
  /** Facts about the data measured: sizes, fill time. */
  setup: Record<string, number | string>
  cases: CaseResult[]
  ratios: Ratio[]
  /** The case whose whole plan the report prints. */
  fullPlan?: string
}

export interface Benchmark {
  name: string
  title: string
  /** Runs on a fresh, migrated database that it may fill as it likes. */
  run(database: Database, options: BenchOptions): Promise<BenchResult>
}
