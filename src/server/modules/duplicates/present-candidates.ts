import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import type { Actor } from '../access/actor.js'
import { visibleRows } from '../access/policy.js'
import type { RecordType, Values } from '../records/record-type.js'
import { inIds } from './id-list.js'
import { type Match, scoreMatches, visibleMatches } from './score-matches.js'

// What a candidate shows of itself beside its title, where the reader may
// see the field.
const SUMMARY: Record<string, string[]> = {
  account: ['name', 'domain', 'website', 'phone', 'billing_city'],
  contact: [
    'first_name',
    'last_name',
    'title',
    'email',
    'secondary_email',
    'phone',
    'mobile_phone',
  ],
  lead: ['first_name', 'last_name', 'company', 'email', 'phone', 'status'],
}

export interface Candidate {
  id: string
  title: string
  fields: Values
  score: number
  reasons: { kind: string; field: string; text: string }[]
}

/** A record's name as people read it: a person's first name first. */
export function titleOf(type: RecordType, row: Values): string {
  if (type.name === 'account') return String(row.name ?? '')
  const name = [row.first_name, row.last_name].filter(Boolean).join(' ')
  return name || String(row[type.titleField] ?? '')
}

/**
 * The live records among `ids` the actor may see, with the summary
 * fields the actor may see, by id.
 */
export async function visibleSummaries(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  ids: string[],
): Promise<Map<string, Values>> {
  if (ids.length === 0) return new Map()
  const names = new Set(type.fields.map((f) => f.name))
  const columns = (SUMMARY[type.name] ?? []).filter((n) => names.has(n))
  const { rows } = await sql<Values>`
    SELECT ${sql.join(['id', ...columns].map((c) => sql.ref(`t.${c}`)))}
    FROM ${sql.table(type.table)} t
    WHERE t.id ${inIds(ids)} AND t.deleted_at IS NULL
      AND ${visibleRows(actor, type)}`.execute(tx)
  return new Map(rows.map((r) => [String(r.id), r]))
}

/**
 * Turns matches against other records into what the actor may be shown:
 * only records they may see, only reasons in fields they may see (a
 * match in a hidden field neither shows nor counts), best first.
 */
export async function presentCandidates(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  byOther: Map<string, Match[]>,
  limit: number,
): Promise<Candidate[]> {
  const visible = new Set(type.fields.map((f) => f.name))
  const scored = [...byOther].flatMap(([id, matches]) => {
    const shown = visibleMatches(matches, visible)
    if (shown.length === 0) return []
    return [{ id, ...scoreMatches(type.name, shown) }]
  })
  const summaries = await visibleSummaries(
    tx,
    actor,
    type,
    scored.map((c) => c.id),
  )
  return scored
    .flatMap((c) => {
      const row = summaries.get(c.id)
      if (!row) return []
      const { id: _, ...fields } = row
      const reasons = c.reasons.map(({ kind, field, text }) => ({
        kind,
        field,
        text,
      }))
      return [
        {
          id: c.id,
          title: titleOf(type, row),
          fields,
          score: c.score,
          reasons,
        },
      ]
    })
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, limit)
}
