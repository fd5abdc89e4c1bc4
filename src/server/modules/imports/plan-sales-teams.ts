import type { CsvRow } from './dataset-files.js'
import type { ReportBuilder } from './import-report.js'
import { emailLocalPart } from './normalise-values.js'

export interface PlannedUser {
  name: string
  email: string
  title: string
  role: 'manager' | 'agent'
  /** The manager's name, for an agent. */
  managerName: string | null
  region: string
}

export interface SalesTeamsPlan {
  regions: string[]
  users: PlannedUser[]
}

/** Each manager leads one team, named after them, in their office's region. */
export function teamName(managerName: string): string {
  return `Team ${managerName}`
}

/**
 * Reads sales_teams.csv into people: managers first, then agents. Emails
 * are derived from names, so re-importing finds the same users.
 */
export function planSalesTeams(
  rows: CsvRow[],
  slug: string,
  report: ReportBuilder,
): SalesTeamsPlan {
  const regions = new Set<string>()
  const managers = new Map<string, PlannedUser>()
  const agents = new Map<string, PlannedUser>()
  const emails = new Set([`admin@${slug}.example`])

  for (const { line, values } of rows) {
    const { sales_agent: agent, manager, regional_office: region } = values
    if (!agent || !manager || !region) {
      report.reject('sales_teams.csv', line, 'Agent, manager or office missing')
      continue
    }
    if (agents.has(agent) || managers.has(agent)) {
      report.reject('sales_teams.csv', line, `${agent} is listed twice`)
      continue
    }
    regions.add(region)
    if (!managers.has(manager)) {
      managers.set(manager, person(manager, 'manager', null, region))
    }
    agents.set(agent, person(agent, 'agent', manager, region))
  }
  const users = [...managers.values(), ...agents.values()]
  for (const user of users) user.email = uniqueEmail(user.name, slug, emails)
  return { regions: [...regions], users }
}

function person(
  name: string,
  role: PlannedUser['role'],
  managerName: string | null,
  region: string,
): PlannedUser {
  const title = role === 'manager' ? 'Sales Manager' : 'Sales Agent'
  return { name, email: '', title, role, managerName, region }
}

// Two people whose names give the same address get a number after the
// second; order in the file decides, so the result is repeatable.
function uniqueEmail(name: string, slug: string, taken: Set<string>) {
  const local = emailLocalPart(name) || 'user'
  let email = `${local}@${slug}.example`
  for (let n = 2; taken.has(email); n += 1) {
    email = `${local}${n}@${slug}.example`
  }
  taken.add(email)
  return email
}
