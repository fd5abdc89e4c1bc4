import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { fieldError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import type { StoredComputed } from './field-definition.js'
import { formulaFields, parseFormula } from './formula.js'

interface Computed {
  label: string
  record_type: string
  computed: StoredComputed
}

/** The labels of the live rollups and formulas that read a field. */
export async function fieldReaders(
  tx: Tx,
  actor: Actor,
  recordType: string,
  name: string,
): Promise<string[]> {
  const { rows } = await sql<Computed>`
    SELECT label, record_type, computed FROM custom_field
    WHERE tenant_id = ${actor.tenantId} AND deleted_at IS NULL
      AND computed IS NOT NULL`.execute(tx)
  return rows
    .filter(({ computed, record_type }) =>
      computed.kind === 'rollup'
        ? computed.object === recordType &&
          (computed.field === name || computed.via === name)
        : record_type === recordType &&
          formulaFields(parseFormula(computed.expression)).includes(name),
    )
    .map((row) => row.label)
}

/** Refuses to change or retire a field that rollups or formulas read. */
export async function refuseIfRead(
  tx: Tx,
  actor: Actor,
  recordType: string,
  name: string,
  field: string,
): Promise<void> {
  const readers = await fieldReaders(tx, actor, recordType, name)
  if (readers.length > 0) {
    throw fieldError(
      field,
      `"${readers.join('", "')}" ${readers.length === 1 ? 'reads' : 'read'} this field; change or retire ${readers.length === 1 ? 'it' : 'them'} first`,
    )
  }
}
