import type { FieldDescriptor } from '../../../shared/record-type.js'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError, fieldError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { requireRecordAction } from '../access/policy.js'
import { findWorkspaceType } from '../custom-objects/workspace-types.js'
import type { RecordType } from '../records/record-type.js'
import type { ImportSettings, PreviewInput } from './import-settings.js'
import { RECORD_ID } from './record-id-key.js'
import type { ImportRow } from './require-import.js'

// Fields a key may be: values that compare as text.
const KEY_TYPES = ['text', 'email', 'phone', 'url', 'integer']

/**
 * The import's record type as the actor sees it, when they may import
 * it: the import action, and create (edit too for an upsert), since an
 * import writes through the same checks as creating one record.
 */
export async function importType(
  tx: Tx,
  actor: Actor,
  row: ImportRow,
): Promise<RecordType> {
  const type = await findWorkspaceType(tx, actor, row.record_type)
  if (!type) {
    throw new AppError('conflict', {
      detail: `The record type "${row.record_type}" no longer exists`,
    })
  }
  requireRecordAction(actor, 'import', type)
  const mode = row.settings?.mode
  if (mode !== 'update') requireRecordAction(actor, 'create', type)
  if (mode === 'upsert' || mode === 'update') {
    requireRecordAction(actor, 'edit', type)
  }
  return type
}

export function writableField(
  type: RecordType,
  name: string,
): FieldDescriptor | undefined {
  const f = type.fields.find((x) => x.name === name)
  return f && !f.readOnly && !f.computed ? f : undefined
}

/** The client's mapping checked against the file and the record type. */
export function settingsFor(
  type: RecordType,
  row: ImportRow,
  input: PreviewInput,
): ImportSettings {
  const used = new Set<string>()
  for (const [header, field] of Object.entries(input.columns)) {
    if (!row.headers.includes(header)) {
      throw fieldError(`columns.${header}`, 'The file has no such column')
    }
    if (field === RECORD_ID) {
      if (input.mode === 'create' || input.key !== RECORD_ID) {
        throw fieldError(
          `columns.${header}`,
          'A Rapport ID names a record that exists: use it as the key of an upsert, or leave the column out',
        )
      }
    } else if (!writableField(type, field)) {
      throw fieldError(
        `columns.${header}`,
        `${type.labelPlural} have no field "${field}" that can be written`,
      )
    }
    if (used.has(field)) {
      throw fieldError(`columns.${header}`, 'Another column fills this field')
    }
    used.add(field)
  }
  if (input.mode !== 'create' && !input.key) {
    throw fieldError('key', 'Choose the field that identifies a record')
  }
  if (input.key === RECORD_ID && !used.has(RECORD_ID)) {
    throw fieldError('key', 'Map the Rapport ID column to use it as the key')
  }
  if (input.key && input.key !== RECORD_ID) {
    const key = writableField(type, input.key)
    if (!key || !used.has(input.key) || !KEY_TYPES.includes(key.type)) {
      throw fieldError(
        'key',
        'Choose a mapped text, email, phone or number field',
      )
    }
  }
  const decimalMark = input.decimalMark ?? (row.delimiter === ';' ? ',' : '.')
  return {
    columns: input.columns,
    mode: input.mode,
    key: input.key,
    format: { decimalMark, dateOrder: input.dateOrder },
  }
}
