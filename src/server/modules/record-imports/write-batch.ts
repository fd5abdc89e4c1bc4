import { sql } from 'kysely'
import { insertRows } from '../../platform/db/batch-insert.js'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { type AuditEntry, diff, writeAudit } from '../audit/write-audit.js'
import { syncValueIndex } from '../custom-fields/field-rules.js'
import { IMPORT_REASON } from '../imports/import-audit.js'
import { checkNewRecord } from '../records/create-record.js'
import { flattenCustom } from '../records/custom-values.js'
import type { RecordType, Values } from '../records/record-type.js'
import { updateRecord } from '../records/update-record.js'
import { reasonOf } from './check-row.js'
import { attempt } from './savepoint.js'

export interface StagedRow {
  line: number
  action: 'create' | 'update'
  values: Values
  record_id: string | null
}

export interface Outcome {
  line: number
  recordId?: string
  action: 'create' | 'update'
  reason?: string
}

async function insertAll(tx: Tx, type: RecordType, rows: Values[]) {
  const names = [...new Set(rows.flatMap((r) => Object.keys(r)))]
  const tuples = rows.map(
    (r) =>
      sql`(${sql.join(names.map((n) => (n in r ? sql`${r[n]}` : sql`DEFAULT`)))})`,
  )
  const { rows: stored } = await sql<Values>`
    INSERT INTO ${sql.table(type.table)} (${sql.join(names.map((n) => sql.ref(n)))})
    VALUES ${sql.join(tuples)} RETURNING *`.execute(tx)
  return stored
}

async function afterInsert(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  stored: Values[],
  inputs: Values[],
) {
  const indexed = type.fields.some((f) => f.indexed)
  for (const [i, record] of stored.entries()) {
    await type.afterCreate?.(record, inputs[i], { tx, actor })
    if (indexed)
      await syncValueIndex(
        tx,
        actor,
        type,
        record.id as string,
        flattenCustom(record),
      )
  }
}

/**
 * Creates a batch's new records: one INSERT for all of them, then their
 * audit entries in bulk. Should the INSERT fail, each row is tried alone
 * so that one bad row fails alone.
 */
async function createAll(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  staged: StagedRow[],
): Promise<Outcome[]> {
  const outcomes: Outcome[] = []
  const ready: { line: number; row: Values; input: Values }[] = []
  for (const s of staged) {
    // These checks only read, so a refusal leaves the transaction intact:
    // no savepoint is needed, unlike the writes below.
    try {
      const row = await checkNewRecord(tx, actor, type, s.values)
      ready.push({ line: s.line, row, input: s.values })
    } catch (error) {
      const reason = reasonOf(type, error)
      outcomes.push({ line: s.line, action: 'create', reason })
    }
  }
  if (ready.length === 0) return outcomes
  const together = await attempt(tx, () =>
    insertAll(
      tx,
      type,
      ready.map((r) => r.row),
    ),
  )
  let written: { line: number; stored: Values; input: Values }[]
  if (together.ok) {
    written = ready.map((r, i) => ({ ...r, stored: together.value[i] }))
  } else {
    written = []
    for (const r of ready) {
      const alone = await attempt(tx, () => insertAll(tx, type, [r.row]))
      if (alone.ok) written.push({ ...r, stored: alone.value[0] })
      else
        outcomes.push({
          line: r.line,
          action: 'create',
          reason: reasonOfInsert(type, alone.error),
        })
    }
  }
  await afterInsert(
    tx,
    actor,
    type,
    written.map((w) => w.stored),
    written.map((w) => w.input),
  )
  const fields = type.fields.map((f) => f.name)
  const entries: AuditEntry[] = written.map((w) => ({
    recordType: type.name,
    recordId: w.stored.id as string,
    action: 'create',
    changes: diff({}, flattenCustom(w.stored), fields),
    reasonCode: IMPORT_REASON,
  }))
  await writeAudit(tx, actor, entries)
  for (const w of written) {
    outcomes.push({
      line: w.line,
      action: 'create',
      recordId: w.stored.id as string,
    })
  }
  return outcomes
}

function reasonOfInsert(type: RecordType, error: unknown): string {
  if (error instanceof AppError) return reasonOf(type, error)
  const code = (error as { code?: string }).code
  return code?.startsWith('23')
    ? 'The database refused this row (a constraint)'
    : 'The row could not be written'
}

/** Writes one batch of a preview's ready rows; says how each went. */
export async function writeBatch(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  staged: StagedRow[],
): Promise<Outcome[]> {
  const outcomes = await createAll(
    tx,
    actor,
    type,
    staged.filter((s) => s.action === 'create'),
  )
  for (const s of staged.filter((r) => r.action === 'update')) {
    const id = s.record_id as string
    const done = await attempt(tx, () =>
      updateRecord(tx, actor, type, id, s.values, {
        reasonCode: IMPORT_REASON,
      }),
    )
    outcomes.push(
      done.ok
        ? { line: s.line, action: 'update', recordId: id }
        : {
            line: s.line,
            action: 'update',
            reason: reasonOf(type, done.error),
          },
    )
  }
  return outcomes
}

/** Ties each written record to its import and line. */
export async function linkRecords(
  tx: Tx,
  actor: Actor,
  importId: string,
  type: RecordType,
  outcomes: Outcome[],
) {
  const rows = outcomes
    .filter((o) => o.recordId)
    .map((o) => ({
      tenant_id: actor.tenantId,
      import_id: importId,
      line: o.line,
      record_type: type.name,
      record_id: o.recordId,
      action: o.action,
    }))
  if (rows.length === 0) return
  await insertRows(tx, 'import_record', Object.keys(rows[0]), rows)
}
