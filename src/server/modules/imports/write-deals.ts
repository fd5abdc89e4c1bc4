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
import { formerDealName, type PlannedDeal } from './plan-deals.js'

const DEAL_CASTS = {
  name: 'text',
  account_id: 'uuid',
  owner_id: 'uuid',
  pipeline_id: 'uuid',
  stage_id: 'uuid',
  amount: 'numeric',
  currency: 'char(3)',
  probability: 'integer',
  forecast_category: 'forecast_category',
  engage_date: 'date',
  close_date: 'date',
}
const DEAL_FIELDS = Object.keys(DEAL_CASTS)
const LINE_CASTS = {
  product_id: 'uuid',
  quantity: 'numeric',
  unit_price: 'numeric',
}
const LINE_FIELDS = Object.keys(LINE_CASTS)

interface StoredDeal extends Row {
  id: string
  external_id: string
  deleted: boolean
  line_id: string | null
}

/**
 * Upserts deals on their external id with one product line each. A deal
 * someone deleted in Rapport stays deleted: the import skips it.
 */
export async function writeDeals(
  tx: Tx,
  actor: Actor,
  deals: PlannedDeal[],
  report: ReportBuilder,
): Promise<void> {
  const stored = await storedDeals(tx, actor)
  const plan = { deals: [] as Row[], lines: [] as Row[], newLines: [] as Row[] }
  const changedDeals: Row[] = []
  const changedLines: Row[] = []
  const audit: AuditEntry[] = []

  for (const deal of deals) {
    const before = stored.get(deal.externalId)
    if (before?.deleted) {
      report.count('opportunity', 'skipped')
      report.note(
        'deleted_in_rapport',
        'Deals deleted in Rapport, left deleted',
      )
      continue
    }
    const row = dealRow(deal, before?.id ?? uuidv7())
    row.name = keptName(deal, before)
    const line = lineRow(deal, row.id as string, before?.line_id ?? uuidv7())
    if (!before) {
      plan.deals.push(row)
      plan.lines.push(line)
      audit.push(
        createdEntry('opportunity', row, ['external_id', ...DEAL_FIELDS]),
      )
      audit.push(
        createdEntry('opportunity_product', line, [
          'opportunity_id',
          ...LINE_FIELDS,
        ]),
      )
      continue
    }
    const changes = diff(before, row, DEAL_FIELDS)
    const lineChanges = diff(before, line, LINE_FIELDS)
    const changed = Object.keys(changes).length > 0
    report.count('opportunity', changed ? 'updated' : 'skipped')
    if (changed) {
      changedDeals.push(row)
      audit.push(updatedEntry('opportunity', row.id as string, changes))
    }
    if (!before.line_id) {
      plan.newLines.push(line)
      audit.push(
        createdEntry('opportunity_product', line, [
          'opportunity_id',
          ...LINE_FIELDS,
        ]),
      )
    } else if (Object.keys(lineChanges).length > 0) {
      changedLines.push(line)
      audit.push(
        updatedEntry('opportunity_product', line.id as string, lineChanges),
      )
    } else {
      report.count('opportunity_product', 'skipped')
    }
  }
  const withTenant = (rows: Row[]) =>
    rows.map((r) => ({ ...r, tenant_id: actor.tenantId }))
  await insertRows(
    tx,
    'opportunity',
    ['tenant_id', 'id', 'external_id', ...DEAL_FIELDS],
    withTenant(plan.deals),
  )
  const lines = withTenant([...plan.lines, ...plan.newLines])
  await insertRows(
    tx,
    'opportunity_product',
    ['tenant_id', 'id', 'opportunity_id', ...LINE_FIELDS],
    lines,
  )
  await updateRows(tx, actor.tenantId, 'opportunity', DEAL_CASTS, changedDeals)
  await updateRows(
    tx,
    actor.tenantId,
    'opportunity_product',
    LINE_CASTS,
    changedLines,
  )
  await writeAudit(tx, actor, audit)

  report.count('opportunity', 'created', plan.deals.length)
  report.count('opportunity_product', 'created', lines.length)
  report.count('opportunity_product', 'updated', changedLines.length)
}

function dealRow(deal: PlannedDeal, id: string): Row {
  return {
    id,
    external_id: deal.externalId,
    name: deal.name,
    account_id: deal.accountId,
    owner_id: deal.ownerId,
    pipeline_id: deal.pipelineId,
    stage_id: deal.stage.id,
    amount: deal.amount,
    currency: 'USD',
    probability: deal.stage.probability,
    forecast_category: deal.stage.forecastCategory,
    engage_date: deal.engageDate,
    close_date: deal.closeDate,
  }
}

// Deals without an account imported before they got names of their own
// keep their former names: a re-import changes only what the source
// changed.
function keptName(deal: PlannedDeal, before?: StoredDeal): string {
  const former = formerDealName(deal.product.name)
  const unchanged = !deal.accountId && before?.name === former
  return unchanged ? former : deal.name
}

function lineRow(deal: PlannedDeal, opportunityId: string, id: string): Row {
  return {
    id,
    opportunity_id: opportunityId,
    product_id: deal.product.id,
    quantity: '1.0000',
    unit_price: deal.unitPrice,
  }
}

// The first product line of each deal is the one the import manages.
async function storedDeals(tx: Tx, actor: Actor) {
  const { rows } = await sql<StoredDeal>`
    SELECT o.id, o.external_id, o.deleted_at IS NOT NULL AS deleted,
      ${sql.join(DEAL_FIELDS.map((f) => sql`o.${sql.ref(f)}`))},
      l.id AS line_id, l.product_id, l.quantity, l.unit_price
    FROM opportunity o
    LEFT JOIN LATERAL (
      SELECT id, product_id, quantity, unit_price FROM opportunity_product
      WHERE tenant_id = o.tenant_id AND opportunity_id = o.id
        AND deleted_at IS NULL
      ORDER BY created_at, id LIMIT 1
    ) l ON true
    WHERE o.tenant_id = ${actor.tenantId} AND o.external_id IS NOT NULL`.execute(
    tx,
  )
  return new Map(rows.map((r) => [r.external_id, r]))
}
