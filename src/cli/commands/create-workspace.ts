import type { Command } from 'commander'
import { createWorkspace } from '../../server/modules/tenants/create-workspace.js'
import { runOnWorkspace } from '../workspace-access.js'

interface Options {
  workspace: string
  name: string
  adminEmail: string
  adminName?: string
  adminPassword?: string
}

type Created = Awaited<ReturnType<typeof createWorkspace>>

export function createWorkspaceCommand(program: Command) {
  program
    .command('create-workspace')
    .description('Create a workspace with its first administrator')
    .requiredOption('--workspace <slug>', 'short name used to sign in')
    .requiredOption('--name <name>', "the workspace's display name")
    .requiredOption('--admin-email <email>', "the administrator's email")
    .option('--admin-name <name>', "the administrator's name")
    .option('--admin-password <password>', 'without it the admin is invited')
    .action(async (options: Options) => {
      const input = { ...options }
      const created = await runOnWorkspace<Created>({
        local: (db) => createWorkspace(db, input),
        remote: (call) => call('/api/v1/system/create-workspace', input),
      })
      process.stdout.write(
        `Workspace "${created.workspace}" created; ` +
          `administrator ${created.adminEmail} is ${created.adminStatus}\n`,
      )
    })
}
