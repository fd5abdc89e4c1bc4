import { sql } from 'kysely'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import type { Actor } from '../access/actor.js'
import { withCustomFields } from '../custom-fields/with-custom-fields.js'
import type { RecordType } from '../records/record-type.js'
import { findRecordType, recordTypes } from '../records/registry.js'
import { type CustomObjectRow, customObjectType } from './custom-object-type.js'

async function customObjects(
  tx: Tx,
  actor: Actor,
  key?: { column: 'name' | 'plural'; value: string },
): Promise<RecordType[]> {
  const only = key ? sql`AND ${sql.ref(key.column)} = ${key.value}` : sql``
  const { rows } = await sql<CustomObjectRow>`
    SELECT id, name, plural, label, label_plural FROM custom_object
    WHERE tenant_id = ${actor.tenantId} AND deleted_at IS NULL ${only}
    ORDER BY label`.execute(tx)
  return rows.map(customObjectType)
}

/** Every record type of the workspace, custom objects last. */
export async function workspaceTypes(
  tx: Tx,
  actor: Actor,
): Promise<RecordType[]> {
  return [...recordTypes, ...(await customObjects(tx, actor))]
}

/** A record type of this workspace by name, its custom fields resolved. */
export async function findWorkspaceType(
  tx: Tx,
  actor: Actor,
  name: string,
): Promise<RecordType | undefined> {
  const type =
    findRecordType(name) ??
    (await customObjects(tx, actor, { column: 'name', value: name }))[0]
  return type && withCustomFields(tx, actor, type)
}

/** A custom object of this workspace by the URL segment it is served at. */
export async function findCustomObjectByPlural(
  tx: Tx,
  actor: Actor,
  plural: string,
): Promise<RecordType | undefined> {
  const [type] = await customObjects(tx, actor, {
    column: 'plural',
    value: plural,
  })
  return type && withCustomFields(tx, actor, type)
}
