import { sql } from 'kysely'
import { translateConstraintError } from '../../platform/db/constraint-errors.js'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { requireUnlocked } from '../access/field-access.js'
import { requireGuardsPass } from '../access/guard-rules.js'
import {
  allowsOnRow,
  requireRecordAction,
  requireRowAction,
} from '../access/policy.js'
import { requireLinkEndsEditable } from '../access/require-link-ends.js'
import { diff, writeAudit } from '../audit/write-audit.js'
import { checkUnique, syncValueIndex } from '../custom-fields/field-rules.js'
import { withCustomFields } from '../custom-fields/with-custom-fields.js'
import { changedFields } from './changed-fields.js'
import { checkReferences } from './check-references.js'
import { mergeCustom, splitCustom } from './custom-values.js'
import { getRecord, requireRow } from './get-record.js'
import { normalizeValues, updateSchema } from './input-schema.js'
import type { RecordType, Values } from './record-type.js'
import { requireValid } from './require-valid.js'
import { DEFAULT_REASON, type WriteOptions } from './write-options.js'

/** Changes only the fields given; writes nothing when nothing differs. */
export async function updateRecord(
  tx: Tx,
  actor: Actor,
  baseType: RecordType,
  id: string,
  input: Values,
  options: WriteOptions = {},
): Promise<Values> {
  const type = await withCustomFields(tx, actor, baseType)
  requireRecordAction(actor, 'edit', type)
  const before = await requireRow(tx, actor, type, id, { forUpdate: true })
  if (before.deleted_at) {
    throw new AppError('conflict', {
      detail: `This ${type.label.toLowerCase()} is deleted; restore it first`,
    })
  }
  requireRowAction(actor, 'edit', type, before)
  const valid = requireValid(updateSchema(type), input)
  const values = normalizeValues(type, valid)
  if (!allowsOnRow(actor, 'edit', type, { ...before, ...values })) {
    throw new AppError('forbidden', {
      detail: `You may not hand this ${type.label.toLowerCase()} to someone outside your reach`,
    })
  }
  if ('owner_id' in values && values.owner_id !== before.owner_id) {
    requireRowAction(actor, 'assign', type, before)
    if (!allowsOnRow(actor, 'assign', type, { ...before, ...values })) {
      throw new AppError('forbidden', {
        detail: `You may not give this ${type.label.toLowerCase()} to that owner`,
      })
    }
  }
  const ctx = { tx, actor, before }
  await type.prepare?.(values, ctx)
  await checkReferences(type, values, ctx)
  await requireLinkEndsEditable(tx, actor, type, before, {
    ...before,
    ...values,
  })

  const names = Object.keys(changedFields(type, before, values))
  if (names.length > 0) {
    requireUnlocked(type, names)
    const changed = Object.fromEntries(names.map((n) => [n, values[n]]))
    await requireGuardsPass(tx, actor, type, 'edit', before, names, {
      ...before,
      ...changed,
    })
    await checkUnique(tx, actor, type, changed, id)
    const { columns, custom } = splitCustom(type, changed)
    const sets = Object.keys(columns).map(
      (n) => sql`${sql.ref(n)} = ${columns[n]}`,
    )
    if (Object.keys(custom).length > 0) sets.push(mergeCustom(custom))
    try {
      await sql`
        UPDATE ${sql.table(type.table)}
        SET ${sql.join(sets)}, updated_at = clock_timestamp()
        WHERE tenant_id = ${actor.tenantId} AND id = ${id}`.execute(tx)
      await syncValueIndex(tx, actor, type, id, changed)
      // Read back as stored, so the audit holds canonical values.
      const after = await requireRow(tx, actor, type, id)
      const stored = diff(before, after, names)
      await writeAudit(
        tx,
        actor,
        [
          {
            recordType: type.name,
            recordId: id,
            action: 'update',
            changes: stored,
            reasonCode: options.reasonCode ?? DEFAULT_REASON,
          },
        ],
        options.requestId,
      )
    } catch (error) {
      translateConstraintError(error, type.table)
    }
  }
  return getRecord(tx, actor, type, id)
}
