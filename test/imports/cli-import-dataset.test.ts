import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { formatImportReport } from '../../src/cli/print-report.js'
import {
  describeDatabaseUrl,
  runOnWorkspace,
} from '../../src/cli/workspace-access.js'
import {
  defaultDatasetDir,
  requireDatasetDir,
} from '../../src/server/modules/imports/dataset-files.js'
import {
  type ImportReport,
  ReportBuilder,
} from '../../src/server/modules/imports/import-report.js'
import {
  lockDataDir,
  writeServerInfo,
} from '../../src/server/platform/db/data-dir.js'

function reportWith(overrides: Partial<ImportReport>): ImportReport {
  const { counts } = new ReportBuilder()
  return {
    workspace: { slug: 'maven', tenantId: 't', created: false },
    pipeline: {
      id: 'p',
      name: 'Maven pipeline',
      isDefault: true,
      created: false,
    },
    counts,
    normalisations: [],
    rejected: [],
    users: [],
    durationMs: 1200,
    ...overrides,
  }
}

describe('The import-dataset command', () => {
  const made: string[] = []
  const env = { ...process.env }
  afterEach(async () => {
    process.env = { ...env }
    for (const dir of made.splice(0)) await rm(dir, { recursive: true })
  })

  async function tempDir() {
    const dir = await mkdtemp(join(tmpdir(), 'rapport-cli-'))
    made.push(dir)
    return dir
  }

  it('names the missing folder and the four files it needs', () => {
    expect(() => requireDatasetDir('/nowhere/dataset')).toThrow(
      'No data set at /nowhere/dataset: pass --dir <folder containing ' +
        'accounts.csv, products.csv, sales_teams.csv, sales_pipeline.csv>',
    )
  })

  it('names the files a folder lacks', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'accounts.csv'), 'account\n')
    expect(() => requireDatasetDir(dir)).toThrow(
      `No data set at ${dir}, which lacks products.csv, sales_teams.csv, ` +
        'sales_pipeline.csv: pass --dir',
    )
  })

  it('reads the data set from RAPPORT_DATASET_DIR when it is set', () => {
    expect(defaultDatasetDir({ RAPPORT_DATASET_DIR: '/data/set' })).toBe(
      '/data/set',
    )
    expect(defaultDatasetDir({})).toMatch(/crm-sales-opportunities$/)
  })

  it('prints no empty headings for a re-import', () => {
    const text = formatImportReport(reportWith({}))
    expect(text).not.toContain('Users (sign-in email)')
    expect(text).not.toContain('Normalisations')
    const users = formatImportReport(
      reportWith({
        users: [{ name: 'Ann Lee', email: 'ann.lee@m.example', role: 'agent' }],
      }),
    )
    expect(users).toContain('Users (sign-in email)')
  })

  it('tells where DATABASE_URL points without its password', () => {
    const text = describeDatabaseUrl({
      databaseUrl: 'postgres://app:s3cret@db:5432/rapport?password=s3cret',
    })
    expect(text).toBe('postgres://app@db:5432/rapport from DATABASE_URL')
  })

  it('says which server it tried when the one holding the data does not answer', async () => {
    const dataDir = await tempDir()
    const release = await lockDataDir(dataDir)
    try {
      await writeServerInfo(dataDir, { url: 'http://0.0.0.0:9', pid: 1 })
      process.env.DATA_DIR = dataDir
      delete process.env.DATABASE_URL
      const said: string[] = []
      const run = runOnWorkspace(
        {
          local: async () => 'local',
          remote: (call) => call('/api/v1/system/set-password', {}),
        },
        (line) => said.push(line),
      )
      await expect(run).rejects.toThrow(
        /server at http:\/\/127\.0\.0\.1:9 holds .* within about 15 s/,
      )
      expect(said).toEqual(['Using the Rapport server at http://127.0.0.1:9'])
    } finally {
      await release()
    }
  })

  it('says it opened the data directory when no server holds it', async () => {
    const dataDir = await tempDir()
    process.env.DATA_DIR = dataDir
    delete process.env.DATABASE_URL
    const said: string[] = []
    const answer = await runOnWorkspace(
      { local: async () => 'local', remote: async () => 'remote' },
      (line) => said.push(line),
    )
    expect(answer).toBe('local')
    expect(said).toEqual([`Opened the data directory ${dataDir}`])
  })
})
