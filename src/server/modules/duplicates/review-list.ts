import { sql } from 'kysely'
import { z } from 'zod'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { visibleRows } from '../access/policy.js'
import type { RecordType, Values } from '../records/record-type.js'
import { catchUp, seenDuplicateType } from './duplicate-type.js'
import { visibleSummaries } from './present-candidates.js'
import { type Match, scoreMatches, visibleMatches } from './score-matches.js'

export const reviewParams = z.object({
  type: z.enum(['account', 'contact', 'lead']),
  status: z.enum(['open', 'dismissed']).default('open'),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().optional(),
})
export type ReviewParams = z.infer<typeof reviewParams>

const cursorShape = z.tuple([z.number(), z.uuid(), z.uuid()])

function encode(row: PairRow): string {
  const position = [row.score, row.record_id, row.other_id]
  return Buffer.from(JSON.stringify(position)).toString('base64url')
}

function decode(cursor: string) {
  try {
    const text = Buffer.from(cursor, 'base64url').toString()
    return cursorShape.parse(JSON.parse(text))
  } catch {
    throw new AppError('bad_request', { detail: 'The cursor is not valid' })
  }
}

interface PairRow {
  record_id: string
  other_id: string
  score: number
  matches: Match[]
}

/** SQL: the pair's record in the given column is live and the actor's to see. */
function sees(actor: Actor, type: RecordType, column: string) {
  return sql`EXISTS (SELECT 1 FROM ${sql.table(type.table)} t
    WHERE t.id = p.${sql.ref(column)} AND t.deleted_at IS NULL
      AND ${visibleRows(actor, type)})`
}

async function pagePairs(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  params: ReviewParams,
): Promise<PairRow[]> {
  const dismissed = sql`EXISTS (SELECT 1 FROM duplicate_dismissal d
    WHERE d.tenant_id = p.tenant_id AND d.record_type = p.record_type
      AND d.record_id = p.record_id AND d.other_id = p.other_id)`
  const after = params.cursor ? decode(params.cursor) : undefined
  const { rows } = await sql<PairRow>`
    SELECT p.record_id, p.other_id, p.score, p.matches
    FROM duplicate_pair p
    WHERE p.tenant_id = ${actor.tenantId} AND p.record_type = ${type.name}
      ${
        after
          ? sql`AND (p.score < ${after[0]}::real OR (p.score = ${after[0]}::real
              AND (p.record_id, p.other_id) > (${after[1]}::uuid, ${after[2]}::uuid)))`
          : sql``
      }
      AND ${params.status === 'dismissed' ? dismissed : sql`NOT ${dismissed}`}
      AND ${sees(actor, type, 'record_id')} AND ${sees(actor, type, 'other_id')}
    ORDER BY p.score DESC, p.record_id, p.other_id
    LIMIT ${params.limit + 1}`.execute(tx)
  return rows.map((r) => ({ ...r, score: Number(r.score) }))
}

function side(id: string, row: Values | undefined) {
  const fields = { ...row }
  delete fields.id
  return { id, fields }
}

/**
 * The workspace's likely duplicate pairs of one type, most likely first,
 * both of whose records the actor may see; keyset-paged.
 */
export async function listDuplicatePairs(
  tx: Tx,
  actor: Actor,
  params: ReviewParams,
) {
  const type = await seenDuplicateType(tx, actor, params.type)
  const upToDate = await catchUp(tx, actor.tenantId)
  const rows = await pagePairs(tx, actor, type, params)
  const more = rows.length > params.limit
  const kept = more ? rows.slice(0, params.limit) : rows
  const ids = kept.flatMap((r) => [r.record_id, r.other_id])
  const summaries = await visibleSummaries(tx, actor, type, ids)
  const visible = new Set(type.fields.map((f) => f.name))
  const data = kept.flatMap((r) => {
    const shown = visibleMatches(r.matches, visible)
    if (shown.length === 0) return []
    const { score, reasons } = scoreMatches(type.name, shown)
    return [
      {
        record: side(r.record_id, summaries.get(r.record_id)),
        other: side(r.other_id, summaries.get(r.other_id)),
        score,
        reasons: reasons.map(({ kind, field, text }) => ({
          kind,
          field,
          text,
        })),
      },
    ]
  })
  const last = kept.at(-1)
  return {
    data,
    page: {
      limit: params.limit,
      nextCursor: more && last ? encode(last) : null,
    },
    upToDate,
  }
}
