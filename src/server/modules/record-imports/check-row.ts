import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { requireUnlocked } from '../access/field-access.js'
import { requireGuardsPass } from '../access/guard-rules.js'
import { allowsOnRow, requireRowAction } from '../access/policy.js'
import { checkUnique, withDefaults } from '../custom-fields/field-rules.js'
import { changedFields } from '../records/changed-fields.js'
import { checkReferences } from '../records/check-references.js'
import {
  createSchema,
  normalizeValues,
  updateSchema,
} from '../records/input-schema.js'
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

// Building a schema costs a thousand times parsing with it; a batch of
// rows shares its record type, and so its schema.
const schemas = new WeakMap<RecordType, ReturnType<typeof createSchema>>()

function schemaOf(type: RecordType) {
  let schema = schemas.get(type)
  if (!schema) {
    schema = createSchema(type)
    schemas.set(type, schema)
  }
  return schema
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

// The same checks, in the same order, as creating one record through the
// API does, without the insert: values as they will be stored.
async function checkCreate(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  input: Values,
) {
  requirePresent(type, withDefaults(type, input))
  const valid = requireValid(schemaOf(type), withDefaults(type, input))
  const values = normalizeValues(type, valid)
  requireUnlocked(type, Object.keys(input))
  await type.prepare?.(values, { tx, actor })
  await checkReferences(type, values, { tx, actor })
  await checkUnique(tx, actor, type, values)
  const row: Values = {
    ...values,
    tenant_id: actor.tenantId,
    created_by_id: null,
  }
  if (
    row.owner_id === undefined &&
    type.fields.some((f) => f.name === 'owner_id')
  ) {
    row.owner_id = actor.userId
  }
  if (!allowsOnRow(actor, 'create', type, row)) {
    throw new AppError('forbidden', {
      detail: `You may not create ${type.labelPlural.toLowerCase()} for someone outside your reach`,
    })
  }
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
    return { values }
  } catch (error) {
    return { reason: reasonOf(type, error) }
  }
}
