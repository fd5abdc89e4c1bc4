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
import type { CsvRow } from './dataset-files.js'
import { createdEntry, updatedEntry } from './import-audit.js'
import type { ReportBuilder } from './import-report.js'
import { money, parseDecimal, productKey } from './normalise-values.js'

const FILE = 'products.csv'
const CASTS = { family: 'text', list_price: 'numeric', currency: 'char(3)' }
const FIELDS = Object.keys(CASTS)

export interface ImportedProduct {
  id: string
  name: string
  listPrice: string
}

/** Products keyed by their name without spaces or case (see productKey). */
export type ProductCatalogue = Map<string, ImportedProduct>

/** Creates or updates products matched by name; prices are in USD. */
export async function importProducts(
  tx: Tx,
  actor: Actor,
  rows: CsvRow[],
  report: ReportBuilder,
): Promise<ProductCatalogue> {
  const stored = await storedProducts(tx, actor)
  const catalogue: ProductCatalogue = new Map()
  const created: Row[] = []
  const changed: Row[] = []
  const audit: AuditEntry[] = []
  for (const { line, values } of rows) {
    const row = productRow(values)
    if (typeof row === 'string') {
      report.reject(FILE, line, row)
      continue
    }
    const key = productKey(row.name as string)
    if (catalogue.has(key)) {
      report.reject(FILE, line, `Product ${row.name} is listed twice`)
      continue
    }
    const before = stored.get(row.name as string)
    row.id = before?.id ?? uuidv7()
    catalogue.set(key, {
      id: row.id as string,
      name: row.name as string,
      listPrice: row.list_price as string,
    })
    if (!before) {
      created.push({ ...row, tenant_id: actor.tenantId })
      audit.push(createdEntry('product', row, ['name', ...FIELDS]))
      continue
    }
    const changes = diff(before, row, FIELDS)
    if (Object.keys(changes).length === 0) continue
    changed.push(row)
    audit.push(updatedEntry('product', row.id as string, changes))
  }
  const columns = ['tenant_id', 'id', 'name', ...FIELDS]
  await insertRows(tx, 'product', columns, created)
  await updateRows(tx, actor.tenantId, 'product', CASTS, changed)
  await writeAudit(tx, actor, audit)

  report.count('product', 'created', created.length)
  report.count('product', 'updated', changed.length)
  report.count(
    'product',
    'skipped',
    catalogue.size - created.length - changed.length,
  )
  return catalogue
}

/** The row to store, or why the line cannot be one. */
function productRow(values: Record<string, string>): Row | string {
  if (!values.product) return 'The product has no name'
  const price = parseDecimal(values.sales_price)
  if (!price) return `${values.product}: the sales price is not a number`
  return {
    name: values.product,
    family: values.series || null,
    list_price: money(price),
    currency: 'USD',
  }
}

async function storedProducts(tx: Tx, actor: Actor) {
  const { rows } = await sql<Row>`
    SELECT id, name, family, list_price, currency FROM product
    WHERE tenant_id = ${actor.tenantId} AND deleted_at IS NULL
    ORDER BY created_at`.execute(tx)
  return new Map(rows.map((r) => [r.name as string, r]))
}
