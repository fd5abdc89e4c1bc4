import type { Stage } from '../pipeline/pipelines.js'
import type { CsvRow } from './dataset-files.js'
import type { ImportedProduct, ProductCatalogue } from './import-products.js'
import type { ReportBuilder } from './import-report.js'
import {
  money,
  parseCalendarDate,
  parseDecimal,
  productKey,
} from './normalise-values.js'

const FILE = 'sales_pipeline.csv'

export interface DealLookups {
  owners: Map<string, string>
  accounts: Map<string, string>
  products: ProductCatalogue
  pipelineId: string
  stages: Map<string, Stage>
}

export interface PlannedDeal {
  externalId: string
  name: string
  ownerId: string
  accountId: string | null
  pipelineId: string
  stage: Stage
  amount: string | null
  engageDate: string | null
  closeDate: string | null
  product: ImportedProduct
  unitPrice: string
}

/**
 * Checks every deal before anything is written: a row that names an
 * unknown agent, product, account or stage, or holds a value that does
 * not parse, is rejected whole and reported with its line.
 */
export function planDeals(
  rows: CsvRow[],
  lookups: DealLookups,
  report: ReportBuilder,
): PlannedDeal[] {
  const deals = new Map<string, PlannedDeal>()
  for (const { line, values } of rows) {
    const deal = planDeal(values, lookups, report)
    if (typeof deal === 'string') {
      report.reject(FILE, line, deal)
      continue
    }
    if (deals.has(deal.externalId)) {
      report.reject(FILE, line, `Deal ${deal.externalId} is listed twice`)
      continue
    }
    noteGaps(deal, values, report)
    deals.set(deal.externalId, deal)
  }
  return [...deals.values()]
}

function planDeal(
  v: Record<string, string>,
  lookups: DealLookups,
  report: ReportBuilder,
): PlannedDeal | string {
  if (!v.opportunity_id) return 'The deal has no opportunity_id'
  const ownerId = lookups.owners.get(v.sales_agent)
  if (!ownerId) return `Unknown sales agent '${v.sales_agent}'`
  const product = findProduct(v.product, lookups.products, report)
  if (!product) return `Unknown product '${v.product}'`
  const accountId = v.account ? lookups.accounts.get(v.account) : null
  if (accountId === undefined) return `Unknown account '${v.account}'`
  const stage = lookups.stages.get(v.deal_stage)
  if (!stage) return `Unknown deal stage '${v.deal_stage}'`

  const engageDate = v.engage_date ? parseCalendarDate(v.engage_date) : null
  const closeDate = v.close_date ? parseCalendarDate(v.close_date) : null
  if (engageDate === undefined || closeDate === undefined) {
    return 'A date is not a calendar date (YYYY-MM-DD)'
  }
  const value = v.close_value ? parseDecimal(v.close_value) : null
  if (value === undefined)
    return `Close value '${v.close_value}' is not a number`
  const closed = stage.outcome !== 'open'
  if (closed && (value === null || closeDate === null)) {
    return `A ${stage.name} deal needs its close date and close value`
  }
  const amount = value === null ? null : money(value)
  return {
    externalId: v.opportunity_id,
    name: dealName(v.account, product.name, v.opportunity_id),
    ownerId,
    accountId,
    pipelineId: lookups.pipelineId,
    stage,
    amount,
    engageDate,
    closeDate,
    product,
    // A won deal's line carries the price paid; any other the list price.
    unitPrice: stage.outcome === 'won' && amount ? amount : product.listPrice,
  }
}

/**
 * Names a deal by its account and product; without an account, by its
 * product and the data set's opportunity id, so no two read the same.
 */
export function dealName(
  account: string,
  product: string,
  opportunityId: string,
): string {
  return account ? `${account} — ${product}` : `${product} — ${opportunityId}`
}

/** How imports before dealName named a deal without an account. */
export function formerDealName(product: string): string {
  return `No account — ${product}`
}

function findProduct(
  name: string,
  products: ProductCatalogue,
  report: ReportBuilder,
) {
  const product = products.get(productKey(name))
  if (product && product.name !== name) {
    report.note(
      'product_name',
      `Product '${name}' matched to '${product.name}'`,
    )
  }
  return product
}

// Gaps the source leaves on purpose are kept as gaps, and counted.
function noteGaps(
  deal: PlannedDeal,
  v: Record<string, string>,
  report: ReportBuilder,
) {
  const open = deal.stage.outcome === 'open'
  if (!deal.accountId) {
    report.note(
      'deal_without_account',
      'Deals without an account, kept without one',
    )
  }
  if (open && deal.amount === null) {
    report.note(
      'open_deal_without_amount',
      'Open deals without a close value: amount left empty',
    )
  }
  if (open && deal.closeDate === null) {
    report.note(
      'open_deal_without_close_date',
      'Open deals without a close date: left empty',
    )
  }
  if (!deal.engageDate) {
    report.note(
      'deal_without_engage_date',
      `${v.deal_stage} deals without an engage date: left empty`,
    )
  }
  if (deal.engageDate && deal.closeDate && deal.closeDate < deal.engageDate) {
    report.note(
      'closed_before_engaged',
      'Deals closed before their engage date: kept as given',
    )
  }
}
