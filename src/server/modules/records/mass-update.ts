import { z } from 'zod'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { requireRecordAction, requireRowAction } from '../access/policy.js'
import { withCustomFields } from '../custom-fields/with-custom-fields.js'
import { requireRow } from './get-record.js'
import type { RecordType, Values } from './record-type.js'
import { updateRecord } from './update-record.js'
import type { WriteOptions } from './write-options.js'

/** The most records one request changes: a page of a list, ten times over. */
export const MASS_UPDATE_LIMIT = 500

export const massUpdateInput = z.strictObject({
  ids: z.array(z.uuid()).min(1).max(MASS_UPDATE_LIMIT),
  values: z.record(z.string(), z.unknown()),
})

export type MassUpdateInput = z.infer<typeof massUpdateInput>

/** A refusal about one of the records, saying which and that none changed. */
function aboutRecord(error: AppError, index: number, id: string, of: number) {
  return new AppError(error.code, {
    detail: `Nothing was changed: record ${index + 1} of ${of} (${id}): ${error.message}`,
    errors: [
      { field: `ids.${index}`, message: error.message },
      ...(error.details.errors ?? []).map((e) => ({
        field: `values.${e.field}`,
        message: e.message,
      })),
    ],
  })
}

/**
 * Gives every record named the same values, each through the record
 * layer (validation, field rules, guard rules, audit), in one transaction:
 * one refusal and nothing is written. Needs mass update and edit on each.
 */
export async function massUpdate(
  tx: Tx,
  actor: Actor,
  baseType: RecordType,
  input: MassUpdateInput,
  options: WriteOptions = {},
): Promise<{ updated: number }> {
  const type = await withCustomFields(tx, actor, baseType)
  requireRecordAction(actor, 'mass_update', type)
  if (Object.keys(input.values).length === 0) {
    throw new AppError('validation_failed', {
      detail: 'Give at least one field a value',
      errors: [{ field: 'values', message: 'Give at least one field a value' }],
    })
  }
  const ids = [...new Set(input.ids)]
  for (const [index, id] of ids.entries()) {
    try {
      requireRowAction(
        actor,
        'mass_update',
        type,
        await requireRow(tx, actor, type, id),
      )
      await updateRecord(tx, actor, baseType, id, input.values as Values, {
        ...options,
        reasonCode: options.reasonCode ?? 'mass_update',
      })
    } catch (error) {
      if (error instanceof AppError) {
        throw aboutRecord(error, index, id, ids.length)
      }
      throw error
    }
  }
  return { updated: ids.length }
}
