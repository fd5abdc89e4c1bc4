import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'csv-parse/sync'
import { AppError } from '../../platform/http/errors.js'

// The four files of the public B2B pipeline data set, by their names on
// disk, with the columns the import reads from each.
export const DATASET_FILES = {
  accounts: 'accounts.csv',
  products: 'products.csv',
  salesTeams: 'sales_teams.csv',
  salesPipeline: 'sales_pipeline.csv',
} as const

// Beside the repository, where the shared real data sets are kept.
export const DEFAULT_DATASET_DIR = fileURLToPath(
  new URL(
    '../../../../../shared/data/crm-sales-opportunities',
    import.meta.url,
  ),
)

/**
 * Where the data set is read from when no folder is given: the folder
 * named by RAPPORT_DATASET_DIR (also read by the tests), or the shared one.
 */
export function defaultDatasetDir(env = process.env): string {
  return env.RAPPORT_DATASET_DIR || DEFAULT_DATASET_DIR
}

/** The folder, resolved, once it holds the four files; else says why not. */
export function requireDatasetDir(dir: string): string {
  const path = resolve(dir)
  const names = Object.values(DATASET_FILES)
  const usage = `pass --dir <folder containing ${names.join(', ')}>`
  if (!existsSync(path)) {
    throw new Error(`No data set at ${path}: ${usage}`)
  }
  const missing = names.filter((name) => !existsSync(join(path, name)))
  if (missing.length > 0) {
    throw new Error(
      `No data set at ${path}, which lacks ${missing.join(', ')}: ${usage}`,
    )
  }
  return path
}

export type DatasetFile = keyof typeof DATASET_FILES

export type DatasetContents = Record<DatasetFile, string>

const REQUIRED_COLUMNS: Record<DatasetFile, string[]> = {
  accounts: [
    'account',
    'sector',
    'year_established',
    'revenue',
    'employees',
    'office_location',
    'subsidiary_of',
  ],
  products: ['product', 'series', 'sales_price'],
  salesTeams: ['sales_agent', 'manager', 'regional_office'],
  salesPipeline: [
    'opportunity_id',
    'sales_agent',
    'product',
    'account',
    'deal_stage',
    'engage_date',
    'close_date',
    'close_value',
  ],
}

/** One data row with the line it ends on, for the report. */
export interface CsvRow {
  line: number
  values: Record<string, string>
}

export async function readDatasetDir(dir: string): Promise<DatasetContents> {
  const entries = await Promise.all(
    Object.entries(DATASET_FILES).map(async ([key, name]) => [
      key,
      await readFile(join(dir, name), 'utf8'),
    ]),
  )
  return Object.fromEntries(entries) as DatasetContents
}

/** Parses one file; a missing column refuses the whole import. */
export function parseDatasetFile(file: DatasetFile, text: string): CsvRow[] {
  const records = parse(text, {
    bom: true,
    columns: true,
    info: true,
    skip_empty_lines: true,
    trim: true,
  }) as { record: Record<string, string>; info: { lines: number } }[]

  const missing = REQUIRED_COLUMNS[file].filter(
    (c) => records.length > 0 && !(c in records[0].record),
  )
  if (missing.length > 0) {
    throw new AppError('validation_failed', {
      detail: `${DATASET_FILES[file]} lacks the columns ${missing.join(', ')}`,
    })
  }
  return records.map((r) => ({ line: r.info.lines, values: r.record }))
}
