import { Decimal } from 'decimal.js'
import type { CsvRow } from './dataset-files.js'
import type { ReportBuilder } from './import-report.js'
import {
  correctCountry,
  correctSector,
  money,
  parseDecimal,
  parseInteger,
} from './normalise-values.js'

const FILE = 'accounts.csv'
const MILLION = new Decimal(1_000_000)

export interface PlannedAccount {
  name: string
  industry: string | null
  year_established: number | null
  annual_revenue: string | null
  employees: number | null
  billing_country: string | null
  parentName: string | null
}

/** Reads accounts.csv; revenue is in millions of US dollars there. */
export function planAccounts(
  rows: CsvRow[],
  report: ReportBuilder,
): PlannedAccount[] {
  const accounts = new Map<string, PlannedAccount>()
  for (const { line, values } of rows) {
    const name = values.account
    if (!name) {
      report.reject(FILE, line, 'The account has no name')
      continue
    }
    if (accounts.has(name)) {
      report.reject(FILE, line, `Account ${name} is listed twice`)
      continue
    }
    const revenue = optional(values.revenue, parseDecimal)
    const year = optional(values.year_established, parseInteger)
    const employees = optional(values.employees, parseInteger)
    if ([revenue, year, employees].includes(undefined)) {
      report.reject(
        FILE,
        line,
        `${name}: revenue, year or employees is not a number`,
      )
      continue
    }
    accounts.set(name, {
      name,
      industry: sector(values.sector, report),
      year_established: year as number | null,
      annual_revenue: revenue ? money(revenue.times(MILLION)) : null,
      employees: employees as number | null,
      billing_country: country(values.office_location, report),
      parentName: values.subsidiary_of || null,
    })
  }
  dropUnknownParents(accounts, report)
  return [...accounts.values()]
}

// Empty stays empty (null); text that does not parse is undefined.
function optional<T>(text: string, parse: (t: string) => T | undefined) {
  return text === '' ? null : parse(text)
}

function sector(text: string, report: ReportBuilder) {
  if (!text) return null
  const corrected = correctSector(text)
  if (corrected !== text) {
    report.note('sector_spelling', `Sector '${text}' read as '${corrected}'`)
  }
  return corrected
}

function country(text: string, report: ReportBuilder) {
  if (!text) return null
  const corrected = correctCountry(text)
  if (corrected !== text) {
    report.note(
      'country_spelling',
      `Office location '${text}' read as '${corrected}'`,
    )
  }
  return corrected
}

function dropUnknownParents(
  accounts: Map<string, PlannedAccount>,
  report: ReportBuilder,
) {
  for (const a of accounts.values()) {
    if (!a.parentName) continue
    if (accounts.has(a.parentName) && a.parentName !== a.name) continue
    report.note(
      'unknown_parent',
      `Parent '${a.parentName}' is not an account; left empty`,
    )
    a.parentName = null
  }
}
