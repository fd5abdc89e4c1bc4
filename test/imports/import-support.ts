import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect } from 'vitest'
import type { Browser } from '../support/test-app.js'

export const DATA = join(import.meta.dirname, '../../../shared/data')
export const SALESFORCE = join(DATA, 'crm_exports/salesforce_amaxa')
export const LOADER = join(DATA, 'csv_edge_cases/salesforce_dataloader')

export interface ImportView {
  id: string
  status: string
  revision: number
  headers: string[]
  rowCount: number
  readyCount: number
  rejectedCount: number
  encoding: string
  delimiter: string
  suggestions: Record<string, string | null>
  progress: {
    done: number
    total: number
    created: number
    updated: number
    failed: number
  }
  undoneAt: string | null
  error: string | null
}

export interface PreviewRow {
  line: number
  status: string
  action: string | null
  recordId: string | null
  values: Record<string, unknown> | null
  duplicateOf: number | null
  reason: string | null
  cells: string[]
}

/** Uploads a file as a script would: the raw bytes as the body. */
export async function upload(
  as: Browser,
  recordType: string,
  body: Buffer | string,
  fileName = 'file.csv',
): Promise<ImportView> {
  const res = await as.request(
    'POST',
    `/api/v1/imports?recordType=${recordType}&fileName=${fileName}`,
    Buffer.from(body) as unknown as object,
    { 'content-type': 'text/csv' },
  )
  expect(res.statusCode, res.body).toBe(201)
  return res.json().data
}

export const uploadFile = async (
  as: Browser,
  recordType: string,
  path: string,
) => upload(as, recordType, await readFile(path), path.split('/').pop())

/** Only the suggested columns that found a field. */
export function suggested(view: ImportView): Record<string, string> {
  return Object.fromEntries(
    Object.entries(view.suggestions).filter(
      (e): e is [string, string] => e[1] !== null,
    ),
  )
}

/** Previews with a mapping and waits for the background check to end. */
export async function preview(
  as: Browser,
  id: string,
  body: object,
): Promise<ImportView> {
  const res = await as.request('POST', `/api/v1/imports/${id}/preview`, body)
  expect(res.statusCode, res.body).toBe(202)
  const view = await waitFor(as, id, ['previewed', 'uploaded'])
  expect(view.status, view.error ?? '').toBe('previewed')
  return view
}

export async function rows(
  as: Browser,
  id: string,
  query = '',
): Promise<PreviewRow[]> {
  const out: PreviewRow[] = []
  let after = 0
  for (;;) {
    const res = await as.get(
      `/api/v1/imports/${id}/rows?limit=1000&after=${after}${query}`,
    )
    expect(res.statusCode, res.body).toBe(200)
    const body = res.json()
    out.push(...body.data)
    if (body.page.nextAfter === null) return out
    after = body.page.nextAfter
  }
}

export async function commit(
  as: Browser,
  view: ImportView,
): Promise<ImportView> {
  const res = await as.request('POST', `/api/v1/imports/${view.id}/commit`, {
    revision: view.revision,
  })
  expect(res.statusCode, res.body).toBe(202)
  return waitFor(as, view.id, ['completed', 'failed', 'cancelled'])
}

export async function waitFor(
  as: Browser,
  id: string,
  statuses: string[],
): Promise<ImportView> {
  let view: ImportView | undefined
  await expect
    .poll(
      async () => {
        view = (await as.get(`/api/v1/imports/${id}`)).json().data
        return statuses.includes(view?.status ?? '')
      },
      { timeout: 60_000, interval: 200 },
    )
    .toBe(true)
  return view as ImportView
}
