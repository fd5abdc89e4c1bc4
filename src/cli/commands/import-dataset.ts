import type { Command } from 'commander'
import {
  defaultDatasetDir,
  readDatasetDir,
  requireDatasetDir,
} from '../../server/modules/imports/dataset-files.js'
import { importPipelineDataset } from '../../server/modules/imports/import-pipeline-dataset.js'
import type { ImportReport } from '../../server/modules/imports/import-report.js'
import { formatImportReport } from '../print-report.js'
import { runOnWorkspace } from '../workspace-access.js'

interface Options {
  workspace: string
  dir: string
  name?: string
  adminPassword?: string
}

export function importDatasetCommand(program: Command) {
  program
    .command('import-dataset')
    .description('Import the B2B pipeline data set into a workspace')
    .requiredOption('--workspace <slug>', 'workspace to import into')
    .option(
      '--dir <path>',
      'folder with the four CSV files; RAPPORT_DATASET_DIR sets the default',
      defaultDatasetDir(),
    )
    .option('--name <name>', 'name of the workspace, if it is created')
    .option('--admin-password <password>', 'activates a new workspace admin')
    .action(async (options: Options) => {
      const report = await importDataset(options)
      process.stdout.write(`${formatImportReport(report)}\n`)
    })
}

async function importDataset(options: Options): Promise<ImportReport> {
  const files = await readDatasetDir(requireDatasetDir(options.dir))
  const input = {
    tenantSlug: options.workspace,
    tenantName: options.name,
    adminPassword: options.adminPassword,
    files,
  }
  return runOnWorkspace({
    local: (db) => importPipelineDataset(db, input),
    remote: (call) =>
      call('/api/v1/system/import-dataset', {
        workspace: input.tenantSlug,
        name: input.tenantName,
        adminPassword: input.adminPassword,
        files,
      }),
  })
}
