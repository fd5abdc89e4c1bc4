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
import { type SalesTeamsPlan, teamName } from './plan-sales-teams.js'

const USER_CASTS = {
  name: 'text',
  title: 'text',
  manager_id: 'uuid',
  team_id: 'uuid',
}
const USER_LINKS = Object.keys(USER_CASTS)

// Regions get no manager: the data set names none, and making one of a
// region's two managers its head would let them see the other's deals.
// Teams and users reference each other, so users are written first
// without their links, then teams, then the links.

/** Writes regions, teams and users; answers each person's user id. */
export async function writeSalesTeams(
  tx: Tx,
  actor: Actor,
  plan: SalesTeamsPlan,
  report: ReportBuilder,
): Promise<Map<string, string>> {
  const regionIds = await writeRegions(tx, actor, plan.regions, report)
  const users = await insertNewUsers(tx, actor, plan, report)
  const teamIds = await writeTeams(tx, actor, plan, regionIds, users, report)
  await linkUsers(tx, actor, plan, users, teamIds, report)
  return new Map([...users].map(([name, u]) => [name, u.id as string]))
}

async function writeRegions(
  tx: Tx,
  actor: Actor,
  names: string[],
  report: ReportBuilder,
): Promise<Map<string, string>> {
  const { rows } = await sql<{ id: string; name: string }>`
    SELECT id, name FROM region
    WHERE tenant_id = ${actor.tenantId} AND deleted_at IS NULL`.execute(tx)
  const ids = new Map(rows.map((r) => [r.name, r.id]))
  const created = names
    .filter((name) => !ids.has(name))
    .map((name) => ({ tenant_id: actor.tenantId, id: uuidv7(), name }))
  await insertRows(tx, 'region', ['tenant_id', 'id', 'name'], created)
  const audit = created.map((r) => createdEntry('region', r, ['name']))
  await writeAudit(tx, actor, audit)
  for (const r of created) ids.set(r.name, r.id)
  report.count('region', 'created', created.length)
  report.count('region', 'skipped', names.length - created.length)
  return ids
}

// New people get the role of their job; people already here keep theirs.
const ROLE_BY_JOB = { agent: 'sales_rep', manager: 'sales_manager' } as const

async function giveRoles(
  tx: Tx,
  actor: Actor,
  roles: { id: string; key: string }[],
) {
  if (roles.length === 0) return
  const rows = roles.map((r) => sql`(${r.id}::uuid, ${r.key})`)
  await sql`
    INSERT INTO role_assignment (tenant_id, user_id, role_id)
    SELECT ${actor.tenantId}, u.id, r.id
    FROM (VALUES ${sql.join(rows)}) AS u (id, key)
    JOIN role r ON r.tenant_id = ${actor.tenantId} AND r.key = u.key`.execute(
    tx,
  )
}

async function insertNewUsers(
  tx: Tx,
  actor: Actor,
  plan: SalesTeamsPlan,
  report: ReportBuilder,
): Promise<Map<string, Row>> {
  const { rows } = await sql<Row>`
    SELECT id, lower(email) AS email, name, title, manager_id, team_id
    FROM app_user WHERE tenant_id = ${actor.tenantId}`.execute(tx)
  const byEmail = new Map(rows.map((r) => [r.email, r]))
  const users = new Map<string, Row>()
  const created: Row[] = []
  const roles: { id: string; key: string }[] = []
  for (const p of plan.users) {
    const found = byEmail.get(p.email.toLowerCase())
    if (found) {
      users.set(p.name, found)
      continue
    }
    const row = {
      tenant_id: actor.tenantId,
      id: uuidv7(),
      email: p.email,
      name: p.name,
      title: p.title,
      role: 'member',
      status: 'invited',
    }
    created.push(row)
    roles.push({ id: row.id, key: ROLE_BY_JOB[p.role] })
    users.set(p.name, { id: row.id, isNew: true })
  }
  await insertRows(tx, 'app_user', Object.keys(created[0] ?? {}), created)
  await giveRoles(tx, actor, roles)
  report.count('user', 'created', created.length)
  return users
}

async function writeTeams(
  tx: Tx,
  actor: Actor,
  plan: SalesTeamsPlan,
  regionIds: Map<string, string>,
  users: Map<string, Row>,
  report: ReportBuilder,
): Promise<Map<string, string>> {
  const { rows } = await sql<Row>`
    SELECT id, name, region_id, manager_id FROM team
    WHERE tenant_id = ${actor.tenantId} AND deleted_at IS NULL`.execute(tx)
  const byName = new Map(rows.map((r) => [r.name as string, r]))
  const ids = new Map<string, string>()
  const audit: AuditEntry[] = []
  for (const manager of plan.users.filter((u) => u.role === 'manager')) {
    const wanted: Row = {
      name: teamName(manager.name),
      region_id: regionIds.get(manager.region),
      manager_id: users.get(manager.name)?.id,
    }
    const found = byName.get(wanted.name as string)
    const id = (found?.id as string) ?? uuidv7()
    ids.set(manager.name, id)
    const fields = Object.keys(wanted)
    if (!found) {
      await sql`INSERT INTO team (tenant_id, id, name, region_id, manager_id)
        VALUES (${actor.tenantId}, ${id}, ${wanted.name}, ${wanted.region_id},
          ${wanted.manager_id})`.execute(tx)
      audit.push(createdEntry('team', { id, ...wanted }, fields))
      report.count('team', 'created')
      continue
    }
    const changes = diff(found, wanted, fields)
    if (Object.keys(changes).length === 0) {
      report.count('team', 'skipped')
      continue
    }
    await sql`UPDATE team SET region_id = ${wanted.region_id},
        manager_id = ${wanted.manager_id}, updated_at = now()
      WHERE tenant_id = ${actor.tenantId} AND id = ${id}`.execute(tx)
    audit.push(updatedEntry('team', id, changes))
    report.count('team', 'updated')
  }
  await writeAudit(tx, actor, audit)
  return ids
}

async function linkUsers(
  tx: Tx,
  actor: Actor,
  plan: SalesTeamsPlan,
  users: Map<string, Row>,
  teamIds: Map<string, string>,
  report: ReportBuilder,
) {
  const changed: Row[] = []
  const audit: AuditEntry[] = []
  for (const p of plan.users) {
    const stored = users.get(p.name) as Row
    const leader = p.managerName ?? p.name
    const wanted: Row = {
      id: stored.id,
      name: p.name,
      title: p.title,
      manager_id: p.managerName ? users.get(p.managerName)?.id : null,
      team_id: teamIds.get(leader) ?? null,
    }
    report.users.push({ name: p.name, email: p.email, role: p.role })
    if (stored.isNew) {
      changed.push(wanted)
      const full = { ...wanted, email: p.email, status: 'invited' }
      audit.push(createdEntry('user', full, Object.keys(full)))
      continue
    }
    const changes = diff(stored, wanted, USER_LINKS)
    if (Object.keys(changes).length === 0) {
      report.count('user', 'skipped')
      continue
    }
    changed.push(wanted)
    audit.push(updatedEntry('user', stored.id as string, changes))
    report.count('user', 'updated')
  }
  await updateRows(tx, actor.tenantId, 'app_user', USER_CASTS, changed)
  await writeAudit(tx, actor, audit)
}
