import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.js'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import type { Actor } from '../access/actor.js'
import { findRow } from '../records/get-record.js'
import type { RecordType, Values } from '../records/record-type.js'
import { checkRow } from './check-row.js'
import type { ImportSettings, PreviewInput } from './import-settings.js'
import { importType, settingsFor } from './import-type.js'
import { inTenantAs } from './in-tenant-as.js'
import { matchExisting } from './match-existing.js'
import { RECORD_ID } from './record-id-key.js'
import {
  type ImportRow,
  requireImport,
  requireStatus,
} from './require-import.js'
import { resolveReferences } from './resolve-references.js'
import { stageValues } from './stage-values.js'

const PREVIEW_BATCH = 500

interface Verdict {
  line: number
  status: 'ready' | 'rejected'
  action: 'create' | 'update' | null
  values: Values | null
  key: string | null
  recordId: string | null
  reason: string | null
}

const rejected = (
  line: number,
  reason: string,
  key: string | null = null,
): Verdict => ({
  line,
  status: 'rejected',
  action: null,
  values: null,
  key,
  recordId: null,
  reason,
})

// What an existing record with the row's key means in each mode.
async function existingFor(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  settings: ImportSettings,
  ids: string[],
  deletedIds: string[],
): Promise<{ before?: Values; reason?: string }> {
  const byId = settings.key === RECORD_ID
  const key = byId
    ? 'Rapport ID'
    : (type.fields.find((f) => f.name === settings.key)?.label ?? '')
  const label = type.label.toLowerCase()
  if (ids.length === 0 && deletedIds.length > 0) {
    return {
      reason: `A deleted ${label} has this ${key}: restore it from the trash to update it, or give the row another ${key}`,
    }
  }
  if (ids.length === 0) {
    return byId || settings.mode === 'update'
      ? { reason: `No ${label} has this ${key}` }
      : {}
  }
  if (settings.mode === 'create') {
    return { reason: `A ${label} with this ${key} exists already` }
  }
  if (ids.length > 1) {
    return {
      reason: `${ids.length} ${type.labelPlural.toLowerCase()} have this ${key}`,
    }
  }
  const before = await findRow(tx, actor, type, ids[0])
  if (!before)
    return { reason: `You may not change the ${label} with this ${key}` }
  return { before }
}

async function judgeBatch(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  row: ImportRow,
  settings: ImportSettings,
  batch: { line: number; cells: string[] }[],
): Promise<Verdict[]> {
  const staged = batch.map((r) => ({
    line: r.line,
    ...stageValues(type, row.headers, r.cells, settings),
  }))
  const inputs = staged.flatMap((s) => ('input' in s ? [s.input] : []))
  const refReasons = await resolveReferences(tx, actor, type, inputs)
  const keys = staged.flatMap((s) => ('key' in s && s.key ? [s.key] : []))
  const unique = [...new Set(keys)]
  const existing = settings.key
    ? await matchExisting(tx, actor, type, settings.key, unique)
    : new Map<string, string[]>()
  const deleted = settings.key
    ? await matchExisting(tx, actor, type, settings.key, unique, {
        deleted: true,
      })
    : new Map<string, string[]>()

  const verdicts: Verdict[] = []
  for (const s of staged) {
    if ('reason' in s) {
      verdicts.push(rejected(s.line, s.reason))
      continue
    }
    const refReason = refReasons.get(s.input)
    if (refReason) {
      verdicts.push(rejected(s.line, refReason, s.key))
      continue
    }
    const match = await existingFor(
      tx,
      actor,
      type,
      settings,
      existing.get(s.key ?? '') ?? [],
      deleted.get(s.key ?? '') ?? [],
    )
    if (match.reason) {
      verdicts.push(rejected(s.line, match.reason, s.key))
      continue
    }
    const checked = await checkRow(tx, actor, type, s.input, match.before)
    verdicts.push(
      'reason' in checked
        ? rejected(s.line, checked.reason, s.key)
        : {
            line: s.line,
            status: 'ready',
            action: match.before ? 'update' : 'create',
            values: checked.values,
            key: s.key,
            recordId: (match.before?.id as string | undefined) ?? null,
            reason: null,
          },
    )
  }
  return verdicts
}

async function saveVerdicts(
  tx: Tx,
  actor: Actor,
  importId: string,
  verdicts: Verdict[],
) {
  const tuples = verdicts.map(
    (v) => sql`(${v.line}::int, ${v.status}, ${v.action}::text,
      ${v.values === null ? null : JSON.stringify(v.values)}::jsonb,
      ${v.key}::text, ${v.recordId}::uuid, ${v.reason}::text)`,
  )
  await sql`UPDATE import_row AS r SET status = v.status, action = v.action,
      "values" = v.vals, key_value = v.key, record_id = v.record_id,
      reason = v.reason, duplicate_of = NULL
    FROM (VALUES ${sql.join(tuples)})
      AS v (line, status, action, vals, key, record_id, reason)
    WHERE r.tenant_id = ${actor.tenantId} AND r.import_id = ${importId}
      AND r.line BETWEEN ${verdicts[0].line} AND ${verdicts[verdicts.length - 1].line}
      AND r.line = v.line`.execute(tx)
}

/**
 * Later rows with the key value of an earlier ready row are refused as
 * its duplicates, in one statement over the staging table.
 */
async function rejectDuplicates(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  row: ImportRow,
  key: string,
) {
  const label = type.fields.find((f) => f.name === key)?.label ?? key
  // Computed once: a file staged moments ago has no statistics yet, and
  // the planner would otherwise run the window once per staged row.
  await sql`WITH duplicate AS MATERIALIZED (
      SELECT line, first_line FROM (
        SELECT line, min(line) OVER (PARTITION BY key_value) AS first_line
        FROM import_row
        WHERE tenant_id = ${actor.tenantId} AND import_id = ${row.id}
          AND status = 'ready' AND key_value IS NOT NULL
      ) AS w
      WHERE first_line <> line
    )
    UPDATE import_row AS r
    SET status = 'rejected', duplicate_of = d.first_line, "values" = NULL,
      action = NULL, record_id = NULL,
      reason = ${`Same ${label} as line `} || d.first_line
    FROM duplicate AS d
    WHERE r.tenant_id = ${actor.tenantId} AND r.import_id = ${row.id}
      AND r.line = d.line`.execute(tx)
}

/**
 * Checks the client's mapping and starts a preview of it: the import is
 * `previewing` at a new revision, which the preview job then works out.
 */
export async function startPreview(
  db: Db,
  actor: Actor,
  importId: string,
  input: PreviewInput,
): Promise<number> {
  return inTenantAs(db, actor, async (tx) => {
    const row = await requireImport(tx, actor, importId, { forUpdate: true })
    requireStatus(row, ['uploaded', 'previewing', 'previewed'], 'be previewed')
    const draft = { ...row, settings: { mode: input.mode } as ImportSettings }
    const type = await importType(tx, actor, draft)
    const settings = settingsFor(type, row, input)
    await sql`UPDATE import SET status = 'previewing', error = NULL,
        settings = ${JSON.stringify(settings)}::jsonb,
        revision = revision + 1, updated_at = now()
      WHERE tenant_id = ${actor.tenantId} AND id = ${importId}`.execute(tx)
    return row.revision + 1
  })
}

// The import while this revision's preview is the one wanted; a newer
// preview, or a cancel, supersedes it.
async function current(
  tx: Tx,
  actor: Actor,
  importId: string,
  revision: number,
) {
  const row = await requireImport(tx, actor, importId, { forUpdate: true })
  const wanted = row.status === 'previewing' && row.revision === revision
  return wanted ? row : undefined
}

async function judgeNextBatch(
  tx: Tx,
  actor: Actor,
  row: ImportRow,
  after: number,
): Promise<number | null> {
  const settings = row.settings as ImportSettings
  const type = await importType(tx, actor, row)
  const { rows } = await sql<{ line: number; cells: string[] }>`
    SELECT line, cells FROM import_row
    WHERE tenant_id = ${actor.tenantId} AND import_id = ${row.id}
      AND line > ${after}
    ORDER BY line LIMIT ${PREVIEW_BATCH}`.execute(tx)
  if (rows.length === 0) return null
  const verdicts = await judgeBatch(tx, actor, type, row, settings, rows)
  await saveVerdicts(tx, actor, row.id, verdicts)
  return rows[rows.length - 1].line
}

async function finishPreview(tx: Tx, actor: Actor, row: ImportRow) {
  const settings = row.settings as ImportSettings
  const type = await importType(tx, actor, row)
  if (settings.key) await rejectDuplicates(tx, actor, type, row, settings.key)
  await sql`UPDATE import SET status = 'previewed', updated_at = now(),
      ready_count = (SELECT count(*) FROM import_row
        WHERE tenant_id = ${actor.tenantId} AND import_id = ${row.id}
          AND status = 'ready'),
      rejected_count = (SELECT count(*) FROM import_row
        WHERE tenant_id = ${actor.tenantId} AND import_id = ${row.id}
          AND status = 'rejected')
    WHERE tenant_id = ${actor.tenantId} AND id = ${row.id}`.execute(tx)
}

/**
 * Works out what committing the file with the mapping of this revision
 * would do, row by row, through the record layer's own checks, a batch
 * per transaction, and keeps the answer in the staging table: the preview
 * a commit writes exactly. A newer revision stops it.
 */
export async function runPreview(
  db: Db,
  actor: Actor,
  importId: string,
  revision: number,
): Promise<void> {
  for (let after: number | null = 0; after !== null; ) {
    const from: number = after
    after = await inTenantAs(db, actor, async (tx) => {
      const row = await current(tx, actor, importId, revision)
      return row ? judgeNextBatch(tx, actor, row, from) : null
    })
  }
  const finished = await inTenantAs(db, actor, async (tx) => {
    const row = await current(tx, actor, importId, revision)
    if (row) await finishPreview(tx, actor, row)
    return row !== undefined
  })
  // The rows' statuses have changed: the commit picks ready rows by them.
  if (finished) await sql`ANALYZE import_row`.execute(db)
}

/** Both steps at once, for scripts and benchmarks that need no queue. */
export async function previewImport(
  db: Db,
  actor: Actor,
  importId: string,
  input: PreviewInput,
): Promise<void> {
  const revision = await startPreview(db, actor, importId, input)
  await runPreview(db, actor, importId, revision)
}
