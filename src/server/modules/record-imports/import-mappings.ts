import { sql } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import { z } from 'zod'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { AppError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { requireRecordAction } from '../access/policy.js'
import { findWorkspaceType } from '../custom-objects/workspace-types.js'
import { writableField } from './import-type.js'

export const mappingInputSchema = z.object({
  recordType: z.string().min(1),
  name: z.string().trim().min(1).max(200),
  columns: z.record(z.string(), z.string().min(1)),
})

interface MappingRow {
  id: string
  record_type: string
  name: string
  columns: Record<string, string>
  updated_at: Date
}

const shown = (r: MappingRow) => ({
  id: r.id,
  recordType: r.record_type,
  name: r.name,
  columns: r.columns,
  updatedAt: r.updated_at,
})

/** Saves a mapping under its name, replacing one of the same name. */
export async function saveMapping(
  tx: Tx,
  actor: Actor,
  input: z.infer<typeof mappingInputSchema>,
) {
  const type = await findWorkspaceType(tx, actor, input.recordType)
  if (!type) {
    throw new AppError('validation_failed', {
      detail: `There is no record type named "${input.recordType}"`,
    })
  }
  requireRecordAction(actor, 'import', type)
  for (const [header, field] of Object.entries(input.columns)) {
    if (!writableField(type, field)) {
      throw new AppError('validation_failed', {
        detail: `${type.labelPlural} have no field "${field}" that can be written`,
        errors: [
          { field: `columns.${header}`, message: 'No such writable field' },
        ],
      })
    }
  }
  const { rows } = await sql<MappingRow>`
    INSERT INTO import_mapping (tenant_id, id, record_type, name, columns, created_by_id)
    VALUES (${actor.tenantId}, ${uuidv7()}, ${type.name}, ${input.name},
      ${JSON.stringify(input.columns)}::jsonb, ${actor.userId})
    ON CONFLICT (tenant_id, record_type, name) DO UPDATE
      SET columns = excluded.columns, updated_at = now()
    RETURNING id, record_type, name, columns, updated_at`.execute(tx)
  return shown(rows[0])
}

export async function listMappings(tx: Tx, actor: Actor, recordType?: string) {
  const only = recordType ? sql`AND record_type = ${recordType}` : sql``
  const { rows } = await sql<MappingRow>`
    SELECT id, record_type, name, columns, updated_at FROM import_mapping
    WHERE tenant_id = ${actor.tenantId} ${only}
    ORDER BY record_type, name`.execute(tx)
  return rows.map(shown)
}

export async function requireMapping(tx: Tx, actor: Actor, id: string) {
  const { rows } = await sql<MappingRow>`
    SELECT id, record_type, name, columns, updated_at FROM import_mapping
    WHERE tenant_id = ${actor.tenantId} AND id = ${id}`.execute(tx)
  if (!rows[0])
    throw new AppError('not_found', { detail: `No saved mapping ${id}` })
  return shown(rows[0])
}

export async function deleteMapping(tx: Tx, actor: Actor, id: string) {
  const mapping = await requireMapping(tx, actor, id)
  const type = await findWorkspaceType(tx, actor, mapping.recordType)
  if (type) requireRecordAction(actor, 'import', type)
  await sql`DELETE FROM import_mapping
    WHERE tenant_id = ${actor.tenantId} AND id = ${id}`.execute(tx)
}
