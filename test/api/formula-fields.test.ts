import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type Browser,
  startTestApp,
  type TestApp,
} from '../support/test-app.js'

let t: TestApp
let admin: Browser

async function define(body: object) {
  return admin.request('POST', '/api/v1/custom-fields', {
    recordType: 'opportunity',
    ...body,
  })
}

async function deal(values: object) {
  const res = await admin.request('POST', '/api/v1/opportunities', values)
  expect(res.statusCode, res.body).toBe(201)
  return res.json().data
}

beforeAll(async () => {
  t = await startTestApp()
  admin = await t.signIn('admin@acme.test')
  for (const body of [
    {
      name: 'weighted',
      label: 'Weighted amount',
      type: 'formula',
      formula: { expression: 'amount * probability / 100', type: 'money' },
    },
    {
      name: 'cycle_days',
      label: 'Sales cycle (days)',
      type: 'formula',
      formula: {
        expression: 'days_between(engage_date, close_date)',
        type: 'integer',
      },
    },
    {
      name: 'per_day',
      label: 'Weighted per day',
      type: 'formula',
      formula: { expression: 'round(weighted / cycle_days, 1)' },
    },
  ]) {
    const res = await define(body)
    expect(res.statusCode, res.body).toBe(201)
  }
})
afterAll(() => t.close())

describe('formula fields', () => {
  it('are worked out from the record, exactly', async () => {
    const d = await deal({
      name: 'Formula deal',
      amount: '1000.05',
      probability: 35,
      engage_date: '2026-01-01',
      close_date: '2026-03-02',
    })
    // 1000.05 * 35 / 100 = 350.0175 → 350.02; 60 days; 350.02 / 60 → 5.8
    expect(d).toMatchObject({
      weighted: '350.02',
      cycle_days: 60,
      per_day: '5.8',
    })
    const changed = await admin.request(
      'PATCH',
      `/api/v1/opportunities/${d.id}`,
      {
        probability: 0,
      },
    )
    expect(changed.json().data).toMatchObject({
      weighted: '0.00',
      per_day: '0',
    })
  })

  it('give no value when a field is missing or a divisor is zero', async () => {
    const d = await deal({
      name: 'Empty deal',
      engage_date: '2026-01-01',
      close_date: '2026-01-01',
    })
    expect(d).toMatchObject({ weighted: null, cycle_days: 0, per_day: null })
  })

  it('filter and sort like stored fields, and cannot be written', async () => {
    await deal({ name: 'Big', amount: '50000', probability: 50 })
    const res = await admin.get(
      '/api/v1/opportunities?filter[weighted][gte]=1000&sort=-weighted',
    )
    expect(res.json().data.map((r: { name: string }) => r.name)).toEqual([
      'Big',
    ])
    const write = await admin.request('POST', '/api/v1/opportunities', {
      name: 'Sneaky',
      weighted: '1',
    })
    expect(write.statusCode).toBe(422)
  })

  it('are refused with the reason when they do not compute', async () => {
    const cases: [string, string][] = [
      ['amount *', 'ends too soon'],
      ['amount + nope', 'No field "nope"'],
      ['name * 2', 'not a number field'],
      ['sqrt(amount)', 'No function "sqrt"'],
      ['amount; drop table x', 'Unexpected'],
      ['days_between(amount, close_date)', 'date fields'],
    ]
    for (const [expression, message] of cases) {
      const res = await define({
        name: 'broken',
        label: 'Broken',
        type: 'formula',
        formula: { expression },
      })
      expect(res.statusCode, expression).toBe(422)
      expect(res.json().errors[0].message, expression).toContain(message)
    }
  })

  it('keep their result type when only the expression changes', async () => {
    const fields = (await admin.get('/api/v1/custom-fields')).json().data
    const weighted = fields.find((f: { name: string }) => f.name === 'weighted')
    const res = await admin.request(
      'PATCH',
      `/api/v1/custom-fields/${weighted.id}`,
      {
        formula: { expression: 'amount * probability / 50' },
      },
    )
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().data.formula).toEqual({
      expression: 'amount * probability / 50',
      type: 'money',
    })
  })

  it('keep the fields they read from being retired or retyped', async () => {
    const fields = (await admin.get('/api/v1/custom-fields')).json().data
    const weighted = fields.find((f: { name: string }) => f.name === 'weighted')
    const res = await admin.request(
      'DELETE',
      `/api/v1/custom-fields/${weighted.id}`,
    )
    expect(res.statusCode).toBe(422)
    expect(res.json().errors[0].message).toContain('Weighted per day')
  })
})
