import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type Browser,
  startTestApp,
  type TestApp,
} from '../support/test-app.js'
import { upload } from './import-support.js'

let t: TestApp
let admin: Browser

beforeAll(async () => {
  t = await startTestApp()
  admin = await t.signIn('admin@acme.test')
})
afterAll(() => t.close())

const suggestions = async (recordType: string, headers: string[]) =>
  (await upload(admin, recordType, `${headers.join(',')}\n`)).suggestions

describe("HubSpot's export columns", () => {
  it('are matched to contact, company and deal fields', async () => {
    expect(
      await suggestions('contact', [
        'First Name',
        'Last Name',
        'Email',
        'Phone Number',
        'Job Title',
        'City',
        'Country/Region',
        'Contact owner',
        'Lifecycle Stage',
      ]),
    ).toEqual({
      'First Name': 'first_name',
      'Last Name': 'last_name',
      Email: 'email',
      'Phone Number': 'phone',
      'Job Title': 'title',
      City: 'mailing_city',
      'Country/Region': 'mailing_country',
      'Contact owner': 'owner_id',
      'Lifecycle Stage': null,
    })
    expect(
      await suggestions('account', [
        'Company name',
        'Company Domain Name',
        'Industry',
        'Number of Employees',
        'Annual Revenue',
        'City',
        'Country/Region',
      ]),
    ).toEqual({
      'Company name': 'name',
      'Company Domain Name': 'domain',
      Industry: 'industry',
      'Number of Employees': 'employees',
      'Annual Revenue': 'annual_revenue',
      City: 'billing_city',
      'Country/Region': 'billing_country',
    })
    expect(
      await suggestions('opportunity', [
        'Record ID',
        'Deal Name',
        'Amount',
        'Close Date',
        'Deal Stage',
        'Deal owner',
      ]),
    ).toEqual({
      'Record ID': 'external_id',
      'Deal Name': 'name',
      Amount: 'amount',
      'Close Date': 'close_date',
      'Deal Stage': 'stage_id',
      'Deal owner': 'owner_id',
    })
  })
})
