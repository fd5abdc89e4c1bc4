import { Command } from 'commander'
import { createWorkspaceCommand } from './commands/create-workspace.js'
import { importDatasetCommand } from './commands/import-dataset.js'
import { setPasswordCommand } from './commands/set-password.js'

// The same environment as the server (DATA_DIR, DATABASE_URL) decides
// which data the commands work on; see workspace-access.ts.
const program = new Command('rapport')
  .description('Operate a Rapport installation from the command line')
  .showHelpAfterError()

importDatasetCommand(program)
setPasswordCommand(program)
createWorkspaceCommand(program)

try {
  await program.parseAsync()
} catch (error) {
  const { message, details } = error as {
    message: string
    details?: { errors?: { field: string; message: string }[] }
  }
  const fields = details?.errors?.map((e) => `\n  ${e.field}: ${e.message}`)
  process.stderr.write(`rapport: ${message}${fields?.join('') ?? ''}\n`)
  process.exitCode = 1
}
