import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser } from '../support/factories.js'
import {
  type Browser,
  startTestApp,
  type TestApp,
} from '../support/test-app.js'

let t: TestApp
let admin: Browser

const files = {
  accounts:
    'account,sector,year_established,revenue,employees,office_location,subsidiary_of\nAcme,retail,1999,1.5,10,United States,\n',
  products: 'product,series,sales_price\nGTX Basic,GTX,550\n',
  salesTeams:
    'sales_agent,manager,regional_office\nAnna Agent,Mia Manager,West\n',
  salesPipeline:
    'opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\nD1,Anna Agent,GTX Basic,Acme,Won,2017-01-02,2017-02-03,500\n',
}

beforeAll(async () => {
  t = await startTestApp()
  admin = await t.signIn('admin@acme.test')
})
afterAll(() => t.close())

describe('the data set import of the wizard', () => {
  it('links the four files in the signed-in workspace', async () => {
    const res = await admin.request(
      'POST',
      '/api/v1/imports/pipeline-dataset',
      {
        files,
      },
    )
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().data.counts.opportunity.created).toBe(1)
    const deals = await admin.get(
      '/api/v1/opportunities?include=account,owner&q=Acme',
    )
    const [deal] = deals.json().data
    expect(deal.account.name).toBe('Acme')
    expect(deal.owner.name).toBe('Anna Agent')
  })

  it('is for administrators, and takes the four files', async () => {
    const member = await createUser(t.database.db, t.workspace.tenantId)
    const browser = await t.signIn(member.email)
    const refused = await browser.request(
      'POST',
      '/api/v1/imports/pipeline-dataset',
      { files },
    )
    expect(refused.statusCode).toBe(403)
    const { salesPipeline: _, ...three } = files
    const short = await admin.request(
      'POST',
      '/api/v1/imports/pipeline-dataset',
      {
        files: three,
      },
    )
    expect(short.statusCode).toBe(422)
    expect(short.json().errors[0].field).toBe('files.salesPipeline')
  })
})
