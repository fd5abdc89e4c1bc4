import { Decimal } from 'decimal.js'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { requireUnlocked } from '../access/field-access.js'
import { requireGuardsPass } from '../access/guard-rules.js'
import { allowsOnRow, requireRowAction } from '../access/policy.js'
import { checkUnique, withDefaults } from '../custom-fields/field-rules.js'
import { changedFields } from '../records/changed-fields.js'
import { checkReferences } from '../records/check-references.js'
import { checkNewRecord, newRecordValues } from '../records/create-record.js'
import { normalizeValues, updateSchema } from '../records/input-schema.js'
import type { RecordType, Values } from '../records/record-type.js'
import { requireValid } from '../records/require-valid.js'

export type Checked = { values: Values } | { reason: string }

/** An error of the record layer as one sentence naming its fields. */
export function reasonOf(type: RecordType, error: unknown): string {
  if (!(error instanceof AppError)) throw error
  const errors = error.details.errors ?? []
  if (errors.length === 0) return error.message
  return errors
    .map((e) => {
      const label = type.fields.find((f) => f.name === e.field)?.label
      return `${label ?? e.field}: ${e.message}`
    })
    .join('; ')
}

// A required field left empty or unmapped, said plainly.
function requirePresent(type: RecordType, input: Values) {
  const missing = type.fields.filter(
    (f) => f.required && !f.readOnly && input[f.name] === undefined,
  )
  if (missing.length === 0) return
  throw new AppError('validation_failed', {
    errors: missing.map((f) => ({ field: f.name, message: 'Required' })),
  })
}

// The same checks as creating one record through the API, without the
// insert: the values as they will be stored.
async function checkCreate(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  input: Values,
) {
  requirePresent(type, withDefaults(type, input))
  const values = await newRecordValues(tx, actor, type, input)
  await checkNewRecord(tx, actor, type, values)
  return values
}

// As changing one record through the API: only the fields that differ.
async function checkUpdate(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  before: Values,
  input: Values,
) {
  requireRowAction(actor, 'edit', type, before)
  const values = normalizeValues(type, requireValid(updateSchema(type), input))
  if (!allowsOnRow(actor, 'edit', type, { ...before, ...values })) {
    throw new AppError('forbidden', {
      detail: `You may not hand this ${type.label.toLowerCase()} to someone outside your reach`,
    })
  }
  const ctx = { tx, actor, before }
  await type.prepare?.(values, ctx)
  await checkReferences(type, values, ctx)
  const names = Object.keys(changedFields(type, before, values))
  requireUnlocked(type, names)
  await requireGuardsPass(tx, actor, type, 'edit', before, names)
  const changed = Object.fromEntries(names.map((n) => [n, values[n]]))
  await checkUnique(tx, actor, type, changed, before.id as string)
  return changed
}

// Built-in decimal columns keep a fixed number of places: the preview
// shows a value as the database will give it back ("12.50", not "12.5").
function asStored(type: RecordType, values: Values): Values {
  const out = { ...values }
  for (const f of type.fields) {
    const v = out[f.name]
    if (f.custom || typeof v !== 'string') continue
    const places =
      f.type === 'money' ? 2 : f.type === 'decimal' ? f.scale : undefined
    if (places !== undefined) out[f.name] = new Decimal(v).toFixed(places)
  }
  return out
}

/**
 * Whether the record layer would write a row: the values it would store,
 * or the reason it refuses. `before` is the record an upsert changes.
 */
export async function checkRow(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  input: Values,
  before?: Values,
): Promise<Checked> {
  try {
    const values = before
      ? await checkUpdate(tx, actor, type, before, input)
      : await checkCreate(tx, actor, type, input)
    return { values: asStored(type, values) }
  } catch (error) {
    return { reason: reasonOf(type, error) }
  }
}
