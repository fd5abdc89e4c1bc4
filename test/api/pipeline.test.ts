import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser } from '../support/factories.js'
import {
  type Browser,
  startTestApp,
  type TestApp,
} from '../support/test-app.js'

interface Stage {
  id: string
  name: string
  probability: number
  forecastCategory: string
}

let t: TestApp
let admin: Browser
let rep: Browser
let stages: Record<string, Stage>
let pipelineId: string

beforeAll(async () => {
  t = await startTestApp()
  admin = await t.signIn('admin@acme.test')
  const user = await createUser(t.database.db, t.workspace.tenantId, {
    name: 'Rita Rep',
  })
  rep = await t.signIn(user.email)
  const pipelines = (await admin.get('/api/v1/pipelines')).json().data
  pipelineId = pipelines[0].id
  stages = Object.fromEntries(
    pipelines[0].stages.map((s: Stage) => [s.name, s]),
  )
})
afterAll(() => t.close())

describe('opportunities on the pipeline', () => {
  it('start in the first stage of the default pipeline, with its defaults', async () => {
    const res = await rep.request('POST', '/api/v1/opportunities', {
      name: 'First deal',
      amount: '1200.00',
    })
    expect(res.json().data).toMatchObject({
      stage_id: stages.Prospecting.id,
      pipeline_id: pipelineId,
      probability: 10,
      forecast_category: 'pipeline',
    })
  })

  it('take the probability and forecast category of the stage they move to', async () => {
    const deal = (
      await rep.request('POST', '/api/v1/opportunities', {
        name: 'Moving deal',
        amount: '5000.00',
      })
    ).json().data
    const moved = await rep.request(
      'PATCH',
      `/api/v1/opportunities/${deal.id}`,
      {
        stage_id: stages.Negotiation.id,
      },
    )
    expect(moved.json().data).toMatchObject({
      probability: 80,
      forecast_category: 'commit',
    })
    const audit = (
      await rep.get(`/api/v1/opportunities/${deal.id}/audit`)
    ).json()
    expect(audit.data[0].changes.stage_id).toEqual({
      from: stages.Prospecting.id,
      to: stages.Negotiation.id,
    })
    expect(audit.data[0].actor.name).toBe('Rita Rep')
  })

  it('refuse a stage that does not exist, and stay where they were', async () => {
    const deal = (
      await rep.request('POST', '/api/v1/opportunities', { name: 'Stuck deal' })
    ).json().data
    const res = await rep.request('PATCH', `/api/v1/opportunities/${deal.id}`, {
      stage_id: '01900000-0000-7000-8000-000000000002',
    })
    expect(res.statusCode).toBe(422)
    expect(res.json().errors[0].field).toBe('stage_id')
    const after = (await rep.get(`/api/v1/opportunities/${deal.id}`)).json()
      .data
    expect(after.stage_id).toBe(stages.Prospecting.id)
  })

  it('keep amounts exact', async () => {
    const res = await rep.request('POST', '/api/v1/opportunities', {
      name: 'Precise deal',
      amount: '0.30',
    })
    expect(res.json().data.amount).toBe('0.30')
    const tooFine = await rep.request('POST', '/api/v1/opportunities', {
      name: 'Too fine',
      amount: '10.005',
    })
    expect(tooFine.statusCode).toBe(422)
  })
})

describe('the board', () => {
  it('totals count and amount per stage for the owner filter', async () => {
    const board = await rep.get(
      `/api/v1/pipelines/${pipelineId}/board?filter[owner_id]=me`,
    )
    const totals = Object.fromEntries(
      board.json().data.map((s: { stageId: string }) => [s.stageId, s]),
    )
    expect(totals[stages.Prospecting.id]).toMatchObject({
      count: 3,
      amount: '1200.30',
    })
    expect(totals[stages.Negotiation.id]).toMatchObject({
      count: 1,
      amount: '5000.00',
    })
    const mine = await admin.get(
      `/api/v1/pipelines/${pipelineId}/board?filter[owner_id]=me`,
    )
    expect(
      mine.json().data.every((s: { count: number }) => s.count === 0),
    ).toBe(true)
  })
})

describe('including related records', () => {
  it('costs one query per relation, however many rows', async () => {
    for (let i = 0; i < 5; i += 1) {
      const account = (
        await admin.request('POST', '/api/v1/accounts', {
          name: `Account ${i}`,
        })
      ).json().data
      await admin.request('POST', '/api/v1/opportunities', {
        name: `Deal at ${i}`,
        account_id: account.id,
      })
    }
    const count = async (include: string) => {
      const before = t.database.stats.queries
      const res = await admin.get(`/api/v1/opportunities?include=${include}`)
      expect(res.statusCode).toBe(200)
      return { queries: t.database.stats.queries - before, body: res.json() }
    }
    const one = await count('account')
    const two = await count('account,owner')
    expect(two.queries - one.queries).toBe(1)
    const withAccount = one.body.data.filter(
      (d: { account: unknown }) => d.account,
    )
    expect(withAccount.length).toBe(5)
    expect(withAccount[0].account.name).toMatch(/^Account \d$/)
  })
})

describe('products on a deal', () => {
  it('are lines with an exact quantity and unit price', async () => {
    const product = (
      await admin.request('POST', '/api/v1/products', {
        name: 'Seat licence',
        list_price: '49.00',
      })
    ).json().data
    const deal = (
      await rep.request('POST', '/api/v1/opportunities', { name: 'Seats deal' })
    ).json().data
    const line = await rep.request('POST', '/api/v1/opportunity-products', {
      opportunity_id: deal.id,
      product_id: product.id,
      quantity: '12.5',
      unit_price: '45.00',
    })
    expect(line.statusCode).toBe(201)
    const lines = await rep.get(
      `/api/v1/opportunity-products?filter[opportunity_id]=${deal.id}&include=product`,
    )
    expect(lines.json().data).toMatchObject([
      {
        quantity: '12.5000',
        unit_price: '45.00',
        product: { name: 'Seat licence' },
      },
    ])
  })
})
