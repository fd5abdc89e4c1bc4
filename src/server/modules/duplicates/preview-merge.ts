import { sql } from 'kysely'
import { z } from 'zod'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { getRecord } from '../records/get-record.js'
import { problemSchema } from '../records/output-schema.js'
import type { Values } from '../records/record-type.js'
import { seenDuplicateType } from './duplicate-type.js'
import { isMergeable, mergeRecords } from './merge-records.js'
import { movedLabel } from './moved-labels.js'
import { titleOf } from './present-candidates.js'

export const previewInput = z.object({
  survivorId: z.uuid(),
  mergedIds: z.array(z.uuid()).min(1).max(10),
})
export type PreviewInput = z.infer<typeof previewInput>

const same = (values: unknown[]) =>
  new Set(values.map((v) => JSON.stringify(v ?? null))).size === 1

/**
 * Tries the merge and takes it back: what would move, or why it would be
 * refused, is exactly what the merge itself would do or say.
 */
async function dryRun(
  tx: Tx,
  actor: Actor,
  typeName: string,
  input: PreviewInput,
) {
  await sql`SAVEPOINT merge_preview`.execute(tx)
  try {
    const result = await mergeRecords(tx, actor, typeName, {
      ...input,
      values: {},
    })
    return { moved: result.moved, refusal: null }
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    return { moved: {}, refusal: error.toProblem() }
  } finally {
    await sql`ROLLBACK TO SAVEPOINT merge_preview`.execute(tx)
    await sql`RELEASE SAVEPOINT merge_preview`.execute(tx)
  }
}

/**
 * What merging the records would do: each field the survivor can take
 * with every record's value, how many related records would move, and
 * the refusal the merge would meet, if any. Records the reader cannot
 * see answer 404, as everywhere.
 */
export async function previewMerge(
  tx: Tx,
  actor: Actor,
  typeName: string,
  input: PreviewInput,
) {
  const type = await seenDuplicateType(tx, actor, typeName)
  const ids = [input.survivorId, ...new Set(input.mergedIds)]
  const records: Values[] = []
  for (const id of ids) records.push(await getRecord(tx, actor, type, id))

  const fields = type.fields.filter(isMergeable).map((f) => {
    const values = Object.fromEntries(records.map((r) => [r.id, r[f.name]]))
    return {
      name: f.name,
      label: f.label,
      type: f.type,
      values,
      differs: !same(Object.values(values)),
    }
  })
  const { moved, refusal } = await dryRun(tx, actor, typeName, input)
  const moves = []
  for (const [name, count] of Object.entries(moved)) {
    if (count === 0) continue
    moves.push({ name, label: await movedLabel(tx, actor, type, name), count })
  }
  return {
    recordType: type.name,
    survivorId: input.survivorId,
    records: records.map((r) => ({
      id: String(r.id),
      title: titleOf(type, r),
      deletedAt: (r.deleted_at as string | null) ?? null,
    })),
    fields,
    moves,
    refusal,
  }
}

export const mergePreview = z.object({
  data: z.object({
    recordType: z.string(),
    survivorId: z.uuid(),
    records: z.array(
      z.object({
        id: z.uuid(),
        title: z.string(),
        deletedAt: z.unknown(),
      }),
    ),
    fields: z.array(
      z.object({
        name: z.string(),
        label: z.string(),
        type: z.string(),
        values: z.record(z.string(), z.unknown()),
        differs: z.boolean(),
      }),
    ),
    moves: z.array(
      z.object({ name: z.string(), label: z.string(), count: z.number() }),
    ),
    /** The problem the merge would answer with, as the merge would. */
    refusal: problemSchema.nullable(),
  }),
})
