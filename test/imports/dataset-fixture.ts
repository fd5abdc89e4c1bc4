import { existsSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import { type RawBuilder, sql } from 'kysely'
import { afterAll, beforeAll, describe, it } from 'vitest'
import {
  type DatasetContents,
  defaultDatasetDir,
  readDatasetDir,
} from '../../src/server/modules/imports/dataset-files.js'
import { importPipelineDataset } from '../../src/server/modules/imports/import-pipeline-dataset.js'
import type { ImportReport } from '../../src/server/modules/imports/import-report.js'
import { findTenantId } from '../../src/server/modules/tenants/create-tenant.js'
import type { Db } from '../../src/server/platform/db/database.js'
import { withTenant } from '../../src/server/platform/db/tenant-transaction.js'
import {
  openTestDatabase,
  type TestDatabase,
} from '../support/test-database.js'

export const DIR = defaultDatasetDir()

export type Row = Record<string, string>

export function csv(text: string): Row[] {
  return parse(text, { columns: true, bom: true, trim: true })
}

export async function query<T>(db: Db, slug: string, q: RawBuilder<T>) {
  const tenantId = (await findTenantId(db, slug)) as string
  return withTenant(db, tenantId, async (tx) => (await q.execute(tx)).rows)
}

export async function count(db: Db, slug: string, from: RawBuilder<unknown>) {
  const rows = await query(
    db,
    slug,
    sql<{ n: number }>`
    SELECT count(*)::int AS n FROM ${from}`,
  )
  return rows[0].n
}

export interface ImportedDataset {
  db: Db
  files: DatasetContents
  report: ImportReport
}

/**
 * Declares a suite over the data set imported once into a fresh database
 * as workspace "maven"; skipped, saying why, when the data set is absent.
 */
export function describeImported(
  title: string,
  body: (imported: () => ImportedDataset) => void,
) {
  if (!existsSync(DIR)) {
    console.warn(`Skipping the data set import tests: no folder ${DIR}`)
    describe.skip(`${title} (no data set at ${DIR})`, () => {
      it('needs ../shared/data/crm-sales-opportunities', () => {})
    })
    return
  }
  describe(title, () => {
    let test: TestDatabase
    let imported: ImportedDataset
    beforeAll(async () => {
      test = await openTestDatabase()
      const db = test.database.db
      const files = await readDatasetDir(DIR)
      const report = await importPipelineDataset(db, {
        tenantSlug: 'maven',
        dir: DIR,
      })
      imported = { db, files, report }
    })
    afterAll(() => test?.dispose())
    body(() => imported)
  })
}
