import { sql } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import { translateConstraintError } from '../../platform/db/constraint-errors.js'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { requireUnlocked } from '../access/field-access.js'
import { allowsOnRow, requireRecordAction } from '../access/policy.js'
import { requireLinkEndsEditable } from '../access/require-link-ends.js'
import { diff, writeAudit } from '../audit/write-audit.js'
import {
  checkUnique,
  syncValueIndex,
  withDefaults,
} from '../custom-fields/field-rules.js'
import { withCustomFields } from '../custom-fields/with-custom-fields.js'
import { checkReferences } from './check-references.js'
import { flattenCustom, splitCustom } from './custom-values.js'
import { getRecord } from './get-record.js'
import { createSchema, normalizeValues } from './input-schema.js'
import { hasField, type RecordType, type Values } from './record-type.js'
import { requireValid } from './require-valid.js'
import { DEFAULT_REASON, type WriteOptions } from './write-options.js'

/**
 * The checks on a new record's values once validated and completed by
 * its type: references, link ends, unique fields, whom it is for. Answers
 * the row to insert. Imports run the same checks on a batch's rows.
 */
export async function checkNewRecord(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  values: Values,
): Promise<Values> {
  await checkReferences(type, values, { tx, actor })
  await requireLinkEndsEditable(tx, actor, type, values)
  await checkUnique(tx, actor, type, values)

  const { columns, custom } = splitCustom(type, values)
  const row: Values = { tenant_id: actor.tenantId, id: uuidv7(), ...columns }
  if (type.scope) row[type.scope.column] = type.scope.value
  if (Object.keys(custom).length > 0) row.custom = JSON.stringify(custom)
  if (hasField(type, 'created_by_id')) row.created_by_id = actor.userId
  if (hasField(type, 'owner_id') && row.owner_id === undefined) {
    row.owner_id = actor.userId
  }
  // Whom a new record is for decides, not who writes it; a record with no
  // owner (a product) is its creator's.
  const forWhom = hasField(type, 'owner_id') ? { created_by_id: null } : {}
  if (!allowsOnRow(actor, 'create', type, { ...row, ...forWhom })) {
    throw new AppError('forbidden', {
      detail: `You may not create ${type.labelPlural.toLowerCase()} for someone outside your reach`,
    })
  }
  const forSomeoneElse =
    hasField(type, 'owner_id') && row.owner_id !== actor.userId
  if (forSomeoneElse && !allowsOnRow(actor, 'assign', type, row)) {
    throw new AppError('forbidden', {
      detail: `You may not give new ${type.labelPlural.toLowerCase()} to another owner`,
    })
  }
  return row
}

// Building a schema costs a thousand times parsing with it; an import's
// batch of rows shares its record type, and so its schema.
const schemas = new WeakMap<RecordType, ReturnType<typeof createSchema>>()

function schemaOf(type: RecordType) {
  let schema = schemas.get(type)
  if (!schema) {
    schema = createSchema(type)
    schemas.set(type, schema)
  }
  return schema
}

/**
 * A new record's input validated, in its stored form and completed by its
 * type (e.g. an opportunity's stage defaults); `type` has its custom
 * fields.
 */
export async function newRecordValues(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  input: Values,
): Promise<Values> {
  const valid = requireValid(schemaOf(type), withDefaults(type, input))
  const values = normalizeValues(type, valid)
  requireUnlocked(
    type,
    Object.keys(input).filter((name) => input[name] != null),
  )
  await type.prepare?.(values, { tx, actor })
  return values
}

/** Inserts one row from already-validated values; returns its id. */
export async function insertRecord(
  tx: Tx,
  actor: Actor,
  baseType: RecordType,
  input: Values,
  options: WriteOptions = {},
): Promise<string> {
  const type = await withCustomFields(tx, actor, baseType)
  const values = await newRecordValues(tx, actor, type, input)
  const row = await checkNewRecord(tx, actor, type, values)
  const id = row.id as string
  const names = Object.keys(row)
  try {
    const { rows } = await sql<Values>`
      INSERT INTO ${sql.table(type.table)}
        (${sql.join(names.map((n) => sql.ref(n)))})
      VALUES (${sql.join(names.map((n) => row[n]))})
      RETURNING *`.execute(tx)
    await type.afterCreate?.(rows[0], input, { tx, actor })
    await syncValueIndex(tx, actor, type, id, values)
    const changes = diff(
      {},
      flattenCustom(rows[0]),
      type.fields.map((f) => f.name),
    )
    await writeAudit(
      tx,
      actor,
      [
        {
          recordType: type.name,
          recordId: id,
          action: 'create',
          changes,
          reasonCode: options.reasonCode ?? DEFAULT_REASON,
        },
      ],
      options.requestId,
    )
  } catch (error) {
    translateConstraintError(error, type.table)
  }
  return id
}

export async function createRecord(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  input: Values,
  options: WriteOptions = {},
): Promise<Values> {
  requireRecordAction(actor, 'create', type)
  const id = await insertRecord(tx, actor, type, input, options)
  return getRecord(tx, actor, type, id)
}
