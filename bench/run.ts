import { loadavg } from 'node:os'
import { accessScopeList } from './access-scope-list.js'
import { describeServer, openBenchDatabase } from './bench-database.js'
import type { BenchResult } from './benchmark.js'
import { customFieldFilter } from './custom-field-filter.js'
import { listExport } from './list-export.js'
import { parseOptions } from './options.js'
import { type BenchReport, formatReport, saveReport } from './report.js'

// Every benchmark `npm run bench` runs, each on a database of its own.
const BENCHMARKS = [customFieldFilter, accessScopeList, listExport]

function chosen(only: string[]) {
  const unknown = only.filter((n) => !BENCHMARKS.some((b) => b.name === n))
  if (unknown.length > 0) {
    const names = BENCHMARKS.map((b) => b.name).join(', ')
    throw new Error(`--only takes ${names}, not "${unknown.join(', ')}"`)
  }
  return BENCHMARKS.filter((b) => only.length === 0 || only.includes(b.name))
}

async function main() {
  const options = parseOptions(process.argv.slice(2))
  const startedAt = new Date().toISOString()
  const load = loadavg().map((n) => Math.round(n * 100) / 100)
  const results: BenchResult[] = []
  let postgres = ''
  for (const benchmark of chosen(options.only)) {
    process.stderr.write(`${benchmark.name}: filling and measuring…\n`)
    const bench = await openBenchDatabase(options)
    try {
      postgres = await describeServer(bench.database)
      results.push(await benchmark.run(bench.database, options))
    } finally {
      await bench.dispose()
    }
  }

  const report: BenchReport = {
    startedAt,
    target: options.target,
    postgres,
    node: process.version,
    load,
    scale: options.scale,
    runs: options.runs,
    warmup: options.warmup,
    benchmarks: results,
  }
  console.log(formatReport(report))
  console.log(`\nresults: ${await saveReport(report)}`)
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
