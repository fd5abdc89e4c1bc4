import { Decimal } from 'decimal.js'
import type { Row } from '../../platform/db/batch-insert.js'
import type { Pipeline, Stage } from '../pipeline/pipelines.js'
import type { DemoAccount } from './demo-accounts.js'
import {
  addRecords,
  type DemoContext,
  dayFrom,
  instantAfter,
  newId,
  workTime,
} from './demo-context.js'
import { DEMO_PRODUCTS } from './demo-products.js'

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

type Days = { min: number; max: number }

// Where an open deal stands in time, by stage: how many days ago it was
// engaged (a Prospecting deal: created, as it is not engaged yet) and in
// how many days it is expected to close. Later stages are older and
// closer to closing.
const OPEN_TIMING: Record<string, { age: Days; closesIn: Days }> = {
  Prospecting: { age: { min: 1, max: 30 }, closesIn: { min: 60, max: 150 } },
  Qualification: {
    age: { min: 7, max: 45 },
    closesIn: { min: 45, max: 120 },
  },
  Engaging: { age: { min: 20, max: 75 }, closesIn: { min: 30, max: 100 } },
  Proposal: { age: { min: 35, max: 100 }, closesIn: { min: 10, max: 60 } },
  Negotiation: { age: { min: 50, max: 130 }, closesIn: { min: 0, max: 30 } },
}
const OTHER_OPEN = OPEN_TIMING.Engaging
// Won and lost deals closed in the last 90 days, 30 to 120 days after
// they were engaged: none was engaged more than 210 days ago.
const CLOSED_AGO: Days = { min: 1, max: 90 }
const SALES_CYCLE: Days = { min: 30, max: 120 }

export interface DemoDeal {
  id: string
  accountId: string
  ownerId: string
  productName: string
  /** The stages it has been in, its current one included. */
  reached: string[]
  /** The days, from the seeding day, it was worked: created to closed. */
  activeFrom: number
  activeTo: number
}

/** The products and about 150 deals spread over the default pipeline. */
export async function seedDeals(
  ctx: DemoContext,
  pipeline: Pipeline,
  accounts: DemoAccount[],
): Promise<DemoDeal[]> {
  const products = await seedProducts(ctx)
  const deals: Row[] = []
  const lines: Row[] = []
  const seeded: DemoDeal[] = []
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
    const timing = dealTiming(ctx, stage)
    const deal = dealRow(ctx, account, stage, timing)
    deal.name = `${account.name} — ${product.name}`
    deal.pipeline_id = pipeline.id
    deal.amount = line.total
    deals.push(deal)
    lines.push({
      id: newId(),
      opportunity_id: deal.id,
      product_id: product.id,
      quantity: line.quantity,
      unit_price: line.unitPrice,
      created_at: deal.created_at,
      updated_at: deal.created_at,
    })
    seeded.push({
      id: deal.id as string,
      accountId: account.id,
      ownerId: account.ownerId,
      productName: product.name,
      reached: reachedStages(pipeline, stage),
      activeFrom: timing.start,
      activeTo: Math.min(timing.close, -1),
    })
  }
  await addRecords(ctx, 'opportunity', deals)
  await addRecords(ctx, 'opportunity_product', lines)
  return seeded
}

// In the catalogue long before the oldest deal.
async function seedProducts(ctx: DemoContext) {
  const created = workTime(ctx, -760)
  const products = DEMO_PRODUCTS.map((p) => ({
    id: newId(),
    name: p.name,
    code: p.code,
    family: p.family,
    list_price: p.price,
    currency: 'USD',
    description: p.description,
    created_at: created,
    updated_at: created,
  }))
  await addRecords(ctx, 'product', products)
  return products
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

interface DealTiming {
  /** Days from the seeding day: created, engaged (null: not yet), closing. */
  start: number
  engage: number | null
  close: number
}

// Open deals were engaged in the past and close from today on; won and
// lost ones were engaged and closed in the past.
function dealTiming(ctx: DemoContext, stage: Stage): DealTiming {
  const { int } = ctx.faker.number
  if (stage.outcome !== 'open') {
    const close = -int(CLOSED_AGO)
    const engage = close - int(SALES_CYCLE)
    return { start: engage, engage, close }
  }
  const timing = OPEN_TIMING[stage.name] ?? OTHER_OPEN
  const start = -int(timing.age)
  const close = int(timing.closesIn)
  // The first stage is finding the buyer: nobody is engaged yet.
  const engaged = stage.position > 0
  return { start, engage: engaged ? start : null, close }
}

// A deal is created on the day it was engaged, or found, and last changed
// when it closed or, while open, at some point since.
function dealRow(
  ctx: DemoContext,
  account: DemoAccount,
  stage: Stage,
  timing: DealTiming,
): Row {
  const created = workTime(ctx, timing.start)
  const open = stage.outcome === 'open'
  return {
    id: newId(),
    name: '',
    account_id: account.id,
    owner_id: account.ownerId,
    pipeline_id: null,
    stage_id: stage.id,
    amount: null,
    currency: 'USD',
    probability: stage.probability,
    forecast_category: stage.forecastCategory,
    engage_date: timing.engage === null ? null : dayFrom(ctx, timing.engage),
    close_date: dayFrom(ctx, timing.close),
    created_at: created,
    updated_at: open ? instantAfter(ctx, created) : workTime(ctx, timing.close),
  }
}

function reachedStages(pipeline: Pipeline, stage: Stage): string[] {
  const open = pipeline.stages.filter((s) => s.outcome === 'open')
  const before =
    stage.outcome === 'open'
      ? open.filter((s) => s.position <= stage.position)
      : open
  return [...before.map((s) => s.name), stage.name]
}
