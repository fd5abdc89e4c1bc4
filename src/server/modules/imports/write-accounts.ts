import { sql } from 'kysely'
import { v7 as uuidv7 } from 'uuid'
import {
  insertRows,
  type Row,
  updateRows,
} from '../../platform/db/batch-insert.js'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import type { Actor } from '../access/actor.js'
import { type AuditEntry, diff, writeAudit } from '../audit/write-audit.js'
import { createdEntry, updatedEntry } from './import-audit.js'
import type { ReportBuilder } from './import-report.js'
import type { PlannedAccount } from './plan-accounts.js'

const CASTS = {
  industry: 'text',
  year_established: 'integer',
  annual_revenue: 'numeric',
  employees: 'integer',
  billing_country: 'text',
  parent_account_id: 'uuid',
}
const FIELDS = Object.keys(CASTS)

/**
 * Creates or updates accounts matched by name. Parents are linked in a
 * second statement, once every account of the file exists.
 */
export async function writeAccounts(
  tx: Tx,
  actor: Actor,
  planned: PlannedAccount[],
  report: ReportBuilder,
): Promise<Map<string, string>> {
  const stored = await storedAccounts(tx, actor)
  const ids = new Map(
    planned.map((a) => [
      a.name,
      (stored.get(a.name)?.id as string) ?? uuidv7(),
    ]),
  )
  const created: Row[] = []
  const changed: Row[] = []
  const audit: AuditEntry[] = []
  for (const a of planned) {
    const { parentName, ...fields } = a
    const parent = parentName ? ids.get(parentName) : null
    const row: Row = {
      id: ids.get(a.name),
      ...fields,
      parent_account_id: parent,
    }
    const before = stored.get(a.name)
    if (!before) {
      created.push(row)
      audit.push(createdEntry('account', row, ['name', ...FIELDS]))
      continue
    }
    const changes = diff(before, row, FIELDS)
    if (Object.keys(changes).length === 0) continue
    changed.push(row)
    audit.push(updatedEntry('account', row.id as string, changes))
  }
  await insertNew(tx, actor, created)
  const linked = created.filter((r) => r.parent_account_id)
  await updateRows(tx, actor.tenantId, 'account', CASTS, [
    ...linked,
    ...changed,
  ])
  await writeAudit(tx, actor, audit)

  report.count('account', 'created', created.length)
  report.count('account', 'updated', changed.length)
  report.count(
    'account',
    'skipped',
    planned.length - created.length - changed.length,
  )
  return ids
}

async function storedAccounts(tx: Tx, actor: Actor) {
  const { rows } = await sql<Row>`
    SELECT id, name, ${sql.join(FIELDS.map((f) => sql.ref(f)))}
    FROM account
    WHERE tenant_id = ${actor.tenantId} AND deleted_at IS NULL
    ORDER BY created_at`.execute(tx)
  return new Map(rows.map((r) => [r.name as string, r]))
}

async function insertNew(tx: Tx, actor: Actor, rows: Row[]) {
  const withoutParent = rows.map((r) => ({
    ...r,
    tenant_id: actor.tenantId,
    parent_account_id: null,
  }))
  const columns = ['tenant_id', 'id', 'name', ...FIELDS]
  await insertRows(tx, 'account', columns, withoutParent)
}
