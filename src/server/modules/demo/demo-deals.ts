import { Decimal } from 'decimal.js'
import type { Row } from '../../platform/db/batch-insert.js'
import type { Pipeline, Stage } from '../pipeline/pipelines.js'
import type { DemoAccount } from './demo-accounts.js'
import { addRecords, type DemoContext, dayFrom, newId } from './demo-context.js'

const PRODUCTS = [
  { name: 'Rapport Cloud seat', family: 'Subscription', price: '1200.00' },
  { name: 'Analytics add-on', family: 'Subscription', price: '450.00' },
  { name: 'Onboarding package', family: 'Services', price: '8500.00' },
  { name: 'Premium support', family: 'Support', price: '3000.00' },
  { name: 'Data migration', family: 'Services', price: '12000.00' },
  { name: 'Training day', family: 'Services', price: '1800.00' },
]

// More deals early in the pipeline than late, as in a real funnel.
const STAGE_WEIGHTS: Record<string, number> = {
  Prospecting: 30,
  Qualification: 25,
  Engaging: 20,
  Proposal: 18,
  Negotiation: 12,
  Won: 25,
  Lost: 20,
}

export interface DemoDeal {
  id: string
  accountId: string
  ownerId: string
}

/** Six products and about 150 deals spread over the default pipeline. */
export async function seedDeals(
  ctx: DemoContext,
  pipeline: Pipeline,
  accounts: DemoAccount[],
): Promise<DemoDeal[]> {
  const products = PRODUCTS.map((p) => ({
    id: newId(),
    name: p.name,
    family: p.family,
    list_price: p.price,
    currency: 'USD',
  }))
  await addRecords(ctx, 'product', products)

  const deals: Row[] = []
  const lines: Row[] = []
  for (let i = 0; i < 150; i += 1) {
    const account = ctx.faker.helpers.arrayElement(accounts)
    const stage = ctx.faker.helpers.weightedArrayElement(
      pipeline.stages.map((s) => ({
        value: s,
        weight: STAGE_WEIGHTS[s.name] ?? 10,
      })),
    )
    const product = ctx.faker.helpers.arrayElement(products)
    const line = lineFor(ctx, product)
    const deal = dealRow(
      ctx,
      account,
      stage,
      `${account.name} — ${product.name}`,
    )
    deal.pipeline_id = pipeline.id
    deal.amount = line.total
    deals.push(deal)
    lines.push({
      id: newId(),
      opportunity_id: deal.id,
      product_id: product.id,
      quantity: line.quantity,
      unit_price: line.unitPrice,
    })
  }
  await addRecords(ctx, 'opportunity', deals)
  await addRecords(ctx, 'opportunity_product', lines)
  return deals.map((d) => ({
    id: d.id as string,
    accountId: d.account_id as string,
    ownerId: d.owner_id as string,
  }))
}

function lineFor(ctx: DemoContext, product: { list_price: string }) {
  const quantity = ctx.faker.number.int({ min: 1, max: 40 })
  // Discounts of 0 to 20 percent, in whole percent.
  const discount = ctx.faker.number.int({ min: 0, max: 20 })
  const unitPrice = new Decimal(product.list_price)
    .times(100 - discount)
    .dividedBy(100)
    .toDecimalPlaces(2)
  return {
    quantity: String(quantity),
    unitPrice: unitPrice.toFixed(2),
    total: unitPrice.times(quantity).toFixed(2),
  }
}

// Open deals close in the coming four months; closed ones closed in the
// last three. Each was engaged one to four months before its close.
function dealRow(
  ctx: DemoContext,
  account: DemoAccount,
  stage: Stage,
  name: string,
): Row {
  const { faker } = ctx
  const open = stage.outcome === 'open'
  const close = open
    ? faker.number.int({ min: 0, max: 120 })
    : -faker.number.int({ min: 1, max: 90 })
  const engage = close - faker.number.int({ min: 30, max: 120 })
  return {
    id: newId(),
    name,
    account_id: account.id,
    owner_id: account.ownerId,
    pipeline_id: null,
    stage_id: stage.id,
    amount: null,
    currency: 'USD',
    probability: stage.probability,
    forecast_category: stage.forecastCategory,
    engage_date: dayFrom(ctx, engage),
    close_date: dayFrom(ctx, close),
  }
}
