import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from '../support/test-app.js'

let t: TestApp
let doc: {
  openapi: string
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>
  components: { schemas: Record<string, unknown> }
}

beforeAll(async () => {
  t = await startTestApp()
  doc = (await t.app.inject({ url: '/api/docs/json' })).json()
})
afterAll(() => t.close())

function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refsIn(v, found)
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') found.push(v)
      else refsIn(v, found)
    }
  }
  return found
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 and lists every record type', () => {
    expect(doc.openapi).toBe('3.1.0')
    for (const plural of ['accounts', 'contacts', 'leads', 'opportunities']) {
      expect(Object.keys(doc.paths)).toContain(`/api/v1/${plural}`)
    }
  })

  it('resolves every schema reference it makes', () => {
    const refs = refsIn(doc.paths)
    expect(refs.length).toBeGreaterThan(0)
    for (const ref of new Set(refs)) {
      const name = ref.replace('#/components/schemas/', '')
      expect(doc.components.schemas, ref).toHaveProperty(name)
    }
  })

  it('documents the status codes the routes answer with', () => {
    const accounts = doc.paths['/api/v1/accounts']
    expect(Object.keys(accounts.post.responses)).toContain('201')
    const one = doc.paths['/api/v1/accounts/{id}']
    expect(Object.keys(one.delete.responses)).toContain('204')
  })
})
