import { type CompiledQuery, CompiledQuery as Query } from 'kysely'
import type { Db } from '../src/server/platform/db/database.js'
import { withTenant } from '../src/server/platform/db/tenant-transaction.js'

export interface PlanSummary {
  /** The plan's first line: its top node, cost and actual time. */
  top: string
  /** Every node, outermost first, without costs: the plan at a glance. */
  nodes: string[]
  /** Every index the plan reads, in the order it names them. */
  indexes: string[]
  executionMs: number | undefined
  /** Time spent compiling the plan (PostgreSQL's JIT), where it did. */
  jitMs?: number
  lines: string[]
}

/** The statement among those recorded that reads a page of `table`. */
export function findListQuery(
  recorded: CompiledQuery[],
  table: string,
): CompiledQuery {
  const from = new RegExp(`from "${table}" t\\b`, 'i')
  const list = recorded.find((q) => from.test(q.sql) && /limit/i.test(q.sql))
  if (!list) throw new Error(`No list query on ${table} was recorded`)
  return list
}

export function summarise(lines: string[]): PlanSummary {
  const indexes = lines.flatMap((line) => {
    // "Index Scan using x", "Index Scan Backward using x", "Index Only Scan
    // using x", "Bitmap Index Scan on x"
    const match =
      /(?:Scan (?:Backward )?using|Bitmap Index Scan on) (\S+)/.exec(line)
    return match ? [match[1]] : []
  })
  const time = lines
    .map((line) => /Execution Time: ([\d.]+) ms/.exec(line))
    .find(Boolean)
  // "Timing: Generation 1.9 ms, Inlining 21.2 ms, ... Total 189.6 ms"
  const jit = lines
    .map((line) => /Timing: Generation .*Total ([\d.]+) ms/.exec(line))
    .find(Boolean)
  const nodes = lines
    .filter((line, i) => i === 0 || /^\s*->\s/.test(line))
    .map((line) => line.replace(/^\s*(->)?\s*/, '').replace(/\s+\(.*$/, ''))
  return {
    top: lines[0]?.trim() ?? '',
    nodes,
    indexes: [...new Set(indexes)],
    executionMs: time ? Number(time[1]) : undefined,
    ...(jit ? { jitMs: Number(jit[1]) } : {}),
    lines,
  }
}

/**
 * EXPLAIN ANALYZE of a statement as the app runs it: the application
 * role inside the tenant's transaction, so row-level security applies.
 */
export async function explainAsApp(
  db: Db,
  tenantId: string,
  query: CompiledQuery,
): Promise<PlanSummary> {
  const explain = Query.raw(`EXPLAIN (ANALYZE, BUFFERS OFF) ${query.sql}`, [
    ...query.parameters,
  ])
  const { rows } = await withTenant(db, tenantId, (tx) =>
    tx.executeQuery<{ 'QUERY PLAN': string }>(explain),
  )
  return summarise(rows.map((r) => r['QUERY PLAN']))
}
