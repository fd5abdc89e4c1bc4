import { mkdir, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { BenchResult } from './benchmark.js'
import type { BenchOptions } from './options.js'

export interface BenchReport {
  startedAt: string
  target: BenchOptions['target']
  postgres: string
  node: string
  /** The machine's load averages (1, 5, 15 min) when the run began. */
  load: number[]
  scale: number
  runs: number
  warmup: number
  benchmarks: BenchResult[]
}

const resultsDir = fileURLToPath(new URL('./results/', import.meta.url))

const FIGURE = /^-?[\d.]+$/

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => r[i].length)),
  )
  // Columns of figures align right, so their digits line up; text left.
  const figures = head.map((_, i) => rows.every((r) => FIGURE.test(r[i])))
  const line = (cells: string[]) =>
    cells
      .map((cell, i) =>
        figures[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i]),
      )
      .join('  ')
      .trimEnd()
  return [line(head), ...rows.map(line)].join('\n')
}

function describe(result: BenchResult): string {
  const setup = Object.entries(result.setup)
    .map(([key, value]) => `${key} ${value}`)
    .join(', ')
  // The statement's own timing shows only where a benchmark took it.
  const sql = result.cases.some((c) => c.sql)
  const cases = table(
    [
      'case',
      'median ms',
      'p95 ms',
      ...(sql ? ['sql median ms', 'sql p95 ms'] : []),
      'rows',
      'indexes in plan',
    ],
    result.cases.map((c) => [
      c.name,
      c.timing.medianMs.toFixed(2),
      c.timing.p95Ms.toFixed(2),
      ...(sql
        ? [c.sql?.medianMs.toFixed(2) ?? '-', c.sql?.p95Ms.toFixed(2) ?? '-']
        : []),
      String(c.rows),
      c.plan.indexes.join(', ') || '(none)',
    ]),
  )
  const ratios = table(
    ['ratio of medians', 'value'],
    result.ratios.map((r) => [r.name, r.value.toFixed(2)]),
  )
  const plans = result.cases.flatMap((c) => [
    `  ${c.name}: ${c.plan.executionMs} ms` +
      (c.plan.jitMs === undefined ? '' : ` (of which JIT ${c.plan.jitMs} ms)`),
    `    ${c.plan.nodes.join(' > ')}`,
  ])
  const shown = result.cases.find((c) => c.name === result.fullPlan)
  return [
    `${result.name}: ${result.title}`,
    `setup: ${setup}`,
    '',
    cases,
    '',
    ratios,
    '',
    'plans (EXPLAIN ANALYZE as rapport_app in the tenant):',
    ...plans,
    ...(shown ? ['', `plan of ${shown.name}:`, ...shown.plan.lines] : []),
  ].join('\n')
}

/** The report as a reader wants it in a terminal. */
export function formatReport(report: BenchReport): string {
  const head =
    `target ${report.target} (${report.postgres}), scale ${report.scale}, ` +
    `${report.runs} runs after ${report.warmup} warm-up, node ${report.node}, ` +
    `load ${report.load.join(' ')}`
  return [head, '', ...report.benchmarks.map(describe)].join('\n')
}

/** Writes the report as JSON under bench/results and returns the path. */
export async function saveReport(report: BenchReport): Promise<string> {
  await mkdir(resultsDir, { recursive: true })
  const stamp = report.startedAt.replace(/[:.]/g, '-')
  const path = `${resultsDir}${stamp}.json`
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`)
  return path
}
