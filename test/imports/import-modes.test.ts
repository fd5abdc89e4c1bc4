import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importJobs } from '../../src/server/modules/record-imports/import-jobs.js'
import {
  type Browser,
  startTestApp,
  type TestApp,
} from '../support/test-app.js'
import { commit, preview, rows, upload } from './import-support.js'

let t: TestApp
let admin: Browser
const ids: Record<string, string> = {}

beforeAll(async () => {
  t = await startTestApp({ jobs: importJobs })
  admin = await t.signIn('admin@acme.test')
  for (const name of ['Live Co', 'Gone Co']) {
    const res = await admin.request('POST', '/api/v1/accounts', { name })
    ids[name] = res.json().data.id
  }
  await admin.request('DELETE', `/api/v1/accounts/${ids['Gone Co']}`)
})
afterAll(() => t.close())

const FILE = 'Name,Industry\nLive Co,Retail\nGone Co,Mining\nNew Co,Energy\n'
const columns = { Name: 'name', Industry: 'industry' }

describe('an import by key', () => {
  it('in update mode changes only records that exist, and names the others', async () => {
    const view = await upload(admin, 'account', FILE)
    const shown = await preview(admin, view.id, {
      columns,
      mode: 'update',
      key: 'name',
    })
    const [live, gone, fresh] = await rows(admin, view.id)
    expect(live).toMatchObject({ status: 'ready', action: 'update' })
    expect(gone).toMatchObject({
      status: 'rejected',
      reason:
        'A deleted account has this Name: restore it from the trash to update it, or give the row another Name',
    })
    expect(fresh).toMatchObject({
      status: 'rejected',
      reason: 'No account has this Name',
    })
    const done = await commit(admin, shown)
    expect(done.progress).toMatchObject({ updated: 1, created: 0 })
    const stored = await admin.get(`/api/v1/accounts/${ids['Live Co']}`)
    expect(stored.json().data.industry).toBe('Retail')
  })

  it('reports a deleted match before an upsert, and updates it once restored', async () => {
    const view = await upload(admin, 'account', FILE)
    await preview(admin, view.id, { columns, mode: 'upsert', key: 'name' })
    const [, gone, fresh] = await rows(admin, view.id)
    expect(gone.status).toBe('rejected')
    expect(fresh).toMatchObject({ status: 'ready', action: 'create' })
    const restored = await admin.request(
      'POST',
      `/api/v1/accounts/${ids['Gone Co']}/restore`,
    )
    expect(restored.statusCode, restored.body).toBe(200)
    const again = await preview(admin, view.id, {
      columns,
      mode: 'upsert',
      key: 'name',
    })
    const [, back] = await rows(admin, view.id)
    expect(back).toMatchObject({
      status: 'ready',
      action: 'update',
      recordId: ids['Gone Co'],
    })
    expect(again.rejectedCount).toBe(0)
  })

  it('finds an account by its domain as well as its name', async () => {
    await admin.request('PATCH', `/api/v1/accounts/${ids['Live Co']}`, {
      domain: 'liveco.test',
    })
    const view = await upload(
      admin,
      'opportunity',
      'Name,Account\nBy domain,LIVECO.test\nBy name,live co\nNowhere,nowhere.test\n',
    )
    await preview(admin, view.id, {
      columns: { Name: 'name', Account: 'account_id' },
    })
    const [domain, name, nowhere] = await rows(admin, view.id)
    expect(domain.values?.account_id).toBe(ids['Live Co'])
    expect(name.values?.account_id).toBe(ids['Live Co'])
    expect(nowhere.reason).toBe('Account: "nowhere.test" matches no record')
  })
})
