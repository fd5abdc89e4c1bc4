import { useState } from 'react'
import { ErrorState } from '@/shared/ui/states'
import {
  DATASET_FILES,
  type DatasetFiles,
  type DatasetReport,
  useImportDataset,
} from '../api/import-dataset'

type Key = keyof typeof DATASET_FILES

const KINDS: Record<string, string> = {
  region: 'Regions',
  team: 'Teams',
  user: 'Users',
  account: 'Accounts',
  product: 'Products',
  opportunity: 'Opportunities',
  opportunity_product: 'Deal lines',
}

/** The four files, each found by its name among those chosen. */
async function readFiles(list: FileList): Promise<DatasetFiles | string> {
  const files = [...list]
  const found: Partial<DatasetFiles> = {}
  for (const [key, name] of Object.entries(DATASET_FILES) as [Key, string][]) {
    const file = files.find((f) => f.name === name)
    if (!file) return `Choose ${name} too`
    found[key] = await file.text()
  }
  return found as DatasetFiles
}

function Report({ report }: { report: DatasetReport }) {
  return (
    <div data-testid="dataset-report">
      <p role="status">
        Imported in {(report.durationMs / 1000).toFixed(1)} s.
      </p>
      <table className="table">
        <thead>
          <tr>
            <th>Records</th>
            <th>Created</th>
            <th>Updated</th>
            <th>Already there</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(report.counts).map(([kind, c]) => (
            <tr key={kind}>
              <td>{KINDS[kind] ?? kind}</td>
              <td>{c.created.toLocaleString()}</td>
              <td>{c.updated.toLocaleString()}</td>
              <td>{c.skipped.toLocaleString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.normalisations.length > 0 && (
        <ul className="muted">
          {report.normalisations.map((n) => (
            <li key={n.code}>
              {n.detail} ({n.count.toLocaleString()})
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

/**
 * Several files in one go: the B2B pipeline data set's accounts,
 * products, sales teams and deals, linked to each other as they arrive.
 */
export function DatasetImport() {
  const run = useImportDataset()
  const [problem, setProblem] = useState<string | null>(null)

  return (
    <form
      className="card"
      aria-label="Import the B2B pipeline data set"
      onSubmit={async (event) => {
        event.preventDefault()
        const input = event.currentTarget.elements.namedItem('files')
        if (!(input instanceof HTMLInputElement) || !input.files) return
        const files = await readFiles(input.files)
        setProblem(typeof files === 'string' ? files : null)
        if (typeof files !== 'string') run.mutate(files)
      }}
    >
      <h2 className="card-title">The B2B pipeline data set, in one go</h2>
      <p className="muted">
        Choose its four files together (
        {Object.values(DATASET_FILES).join(', ')}): agents become users in teams
        and regions, and deals are linked to their accounts, owners and
        products.
      </p>
      <label className="field">
        <span>Data set files</span>
        <input type="file" name="files" accept=".csv" multiple required />
      </label>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {run.error && <ErrorState error={run.error} />}
      <button type="submit" className="button" disabled={run.isPending}>
        {run.isPending ? 'Importing the data set…' : 'Import the data set'}
      </button>
      {run.data && <Report report={run.data} />}
    </form>
  )
}
