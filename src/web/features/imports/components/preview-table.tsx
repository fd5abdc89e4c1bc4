import { useState } from 'react'
import type { RecordType } from '@/shared/api/record-types'
import { ErrorState, Loading } from '@/shared/ui/states'
import { type Import, useImportRows } from '../api/imports'

const WORDS = {
  staged: 'Not checked',
  ready: 'Ready',
  rejected: 'Refused',
  committed: 'Written',
  failed: 'Failed',
}

/** The first rows of the preview: what each becomes, or why it cannot. */
export function PreviewTable({
  view,
  type,
}: {
  view: Import
  type: RecordType
}) {
  const [status, setStatus] = useState<string | undefined>()
  const rows = useImportRows(
    view.id,
    view.revision + view.progress.done,
    status,
  )
  const label = (name: string) =>
    type.fields.find((f) => f.name === name)?.label ?? name

  return (
    <section className="card" aria-label="Preview">
      <header className="import-preview-header">
        <h2 className="card-title">
          {view.readyCount.toLocaleString()} ready,{' '}
          {view.rejectedCount.toLocaleString()} refused
        </h2>
        <select
          aria-label="Show rows"
          value={status ?? ''}
          onChange={(e) => setStatus(e.target.value || undefined)}
        >
          <option value="">All rows</option>
          <option value="ready">Ready</option>
          <option value="rejected">Refused</option>
        </select>
      </header>
      {rows.isLoading && <Loading />}
      {rows.error && <ErrorState error={rows.error} />}
      <table className="table" data-testid="import-preview">
        <thead>
          <tr>
            <th>Line</th>
            <th>Row</th>
            <th>What happens</th>
          </tr>
        </thead>
        <tbody>
          {(rows.data ?? []).map((row) => (
            <tr key={row.line} data-status={row.status}>
              <td>{row.line}</td>
              <td>{WORDS[row.status]}</td>
              <td>
                {row.reason ??
                  Object.entries(row.values ?? {})
                    .map(([k, v]) => `${label(k)}: ${String(v)}`)
                    .join(' · ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
