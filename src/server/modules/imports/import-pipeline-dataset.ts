import type { Db } from '../../platform/db/database.js'
import { type Tx, withTenant } from '../../platform/db/tenant-transaction.js'
import { type Actor, systemActor } from '../access/actor.js'
import type { Pipeline } from '../pipeline/pipelines.js'
import {
  type CsvRow,
  type DatasetContents,
  type DatasetFile,
  parseDatasetFile,
  readDatasetDir,
} from './dataset-files.js'
import { findOrCreateDatasetPipeline } from './dataset-pipeline.js'
import {
  type DatasetWorkspace,
  ensureDatasetWorkspace,
} from './dataset-workspace.js'
import { importProducts } from './import-products.js'
import { type ImportReport, ReportBuilder } from './import-report.js'
import { planAccounts } from './plan-accounts.js'
import { planDeals } from './plan-deals.js'
import { planSalesTeams } from './plan-sales-teams.js'
import { writeAccounts } from './write-accounts.js'
import { writeDeals } from './write-deals.js'
import { writeSalesTeams } from './write-sales-teams.js'

export interface ImportDatasetInput {
  tenantSlug: string
  tenantName?: string
  /** Activates the administrator of a workspace the import creates. */
  adminPassword?: string
  /** The folder holding the four CSV files, or their contents. */
  dir?: string
  files?: DatasetContents
}

type DatasetRows = Record<DatasetFile, CsvRow[]>

/**
 * Imports the B2B pipeline data set into a workspace, creating it when
 * needed. All records are written in one transaction, so a failure
 * leaves the workspace as it was; running it again updates in place.
 */
export async function importPipelineDataset(
  db: Db,
  input: ImportDatasetInput,
): Promise<ImportReport> {
  const started = performance.now()
  const rows = parseAll(
    input.files ?? (await readDatasetDir(requireDir(input))),
  )
  const workspace = await ensureDatasetWorkspace(db, input)
  const report = new ReportBuilder()
  const actor = systemActor(workspace.tenantId)
  const pipeline = await withTenant(db, actor.tenantId, (tx) =>
    importRecords(tx, actor, rows, input.tenantSlug, report),
  )
  // A new workspace got the pipeline at creation, as its default.
  pipeline.created ||= workspace.created
  return {
    workspace: workspaceSummary(input.tenantSlug, workspace),
    admin: workspace.admin,
    pipeline,
    counts: report.counts,
    normalisations: report.normalisations,
    rejected: report.rejected,
    users: report.users,
    durationMs: Math.round(performance.now() - started),
  }
}

async function importRecords(
  tx: Tx,
  actor: Actor,
  rows: DatasetRows,
  slug: string,
  report: ReportBuilder,
): Promise<ImportReport['pipeline']> {
  const { pipeline, created } = await findOrCreateDatasetPipeline(tx, actor)
  const teams = planSalesTeams(rows.salesTeams, slug, report)
  const owners = await writeSalesTeams(tx, actor, teams, report)
  const accounts = await writeAccounts(
    tx,
    actor,
    planAccounts(rows.accounts, report),
    report,
  )
  const products = await importProducts(tx, actor, rows.products, report)
  const deals = planDeals(
    rows.salesPipeline,
    {
      owners,
      accounts,
      products,
      pipelineId: pipeline.id,
      stages: stagesByName(pipeline),
    },
    report,
  )
  noteAgentsWithoutDeals(teams.users, deals, owners, report)
  await writeDeals(tx, actor, deals, report)
  return {
    id: pipeline.id,
    name: pipeline.name,
    isDefault: pipeline.isDefault,
    created,
  }
}

function parseAll(files: DatasetContents): DatasetRows {
  const entries = Object.entries(files).map(([file, text]) => [
    file,
    parseDatasetFile(file as DatasetFile, text),
  ])
  return Object.fromEntries(entries) as DatasetRows
}

function requireDir(input: ImportDatasetInput): string {
  if (!input.dir) throw new Error('Give the data set folder or its files')
  return input.dir
}

function stagesByName(pipeline: Pipeline) {
  return new Map(pipeline.stages.map((s) => [s.name, s]))
}

function workspaceSummary(slug: string, workspace: DatasetWorkspace) {
  return { slug, tenantId: workspace.tenantId, created: workspace.created }
}

function noteAgentsWithoutDeals(
  users: { name: string; role: string }[],
  deals: { ownerId: string }[],
  owners: Map<string, string>,
  report: ReportBuilder,
) {
  const busy = new Set(deals.map((d) => d.ownerId))
  for (const u of users) {
    if (u.role === 'agent' && !busy.has(owners.get(u.name) as string)) {
      report.note(
        'agent_without_deals',
        'Sales agents with no deals, imported as users',
      )
    }
  }
}
