import { randomBytes } from 'node:crypto'
import type { Command } from 'commander'
import { setMemberPassword } from '../../server/modules/tenants/set-member-password.js'
import { runOnWorkspace } from '../workspace-access.js'

interface Options {
  workspace: string
  email: string
  password?: string
}

interface Answer {
  name: string
  email: string
  status: string
}

export function setPasswordCommand(program: Command) {
  program
    .command('set-password')
    .description('Give a user a password, which lets an imported user sign in')
    .requiredOption('--workspace <slug>', "the user's workspace")
    .requiredOption('--email <email>', "the user's email")
    .option('--password <password>', 'the password; generated when omitted')
    .action(async (options: Options) => {
      const generated = options.password === undefined
      const input = {
        workspace: options.workspace,
        email: options.email,
        password: options.password ?? randomBytes(12).toString('base64url'),
      }
      const user = await runOnWorkspace<Answer>({
        local: (db) => setMemberPassword(db, input),
        remote: (call) => call('/api/v1/system/set-password', input),
      })
      const shown = generated ? `: ${input.password}` : ''
      process.stdout.write(
        `${user.name} <${user.email}> is ${user.status}; password set${shown}\n`,
      )
    })
}
