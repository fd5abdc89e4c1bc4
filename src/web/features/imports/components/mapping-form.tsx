import { useState } from 'react'
import type { RecordType } from '@/shared/api/record-types'
import type { Import, PreviewInput } from '../api/imports'
import { savedColumns, suggestedColumns } from '../model/mapping'

// A file exported from Rapport names each record by its id: mapped, it
// is the key that updates that record.
const RECORD_ID = { name: 'id', label: 'Rapport ID (the record to update)' }

interface MappingFormProps {
  view: Import
  type: RecordType
  busy: boolean
  /** Why the last preview stopped, if it did. */
  error: string | null
  onPreview: (input: PreviewInput) => void
}

/** A field for each column of the file, and how to write the rows. */
export function MappingForm({
  view,
  type,
  busy,
  error,
  onPreview,
}: MappingFormProps) {
  const [columns, setColumns] = useState(() => suggestedColumns(view))
  const byId = Object.values(columns).includes(RECORD_ID.name)
  const [mode, setMode] = useState<PreviewInput['mode']>(
    byId ? 'upsert' : 'create',
  )
  const [key, setKey] = useState(byId ? RECORD_ID.name : '')
  const [decimalMark, setDecimalMark] = useState(
    view.delimiter === ';' ? ',' : '.',
  )
  const [dateOrder, setDateOrder] = useState<PreviewInput['dateOrder']>('mdy')
  const [saveAs, setSaveAs] = useState('')
  const writable = [RECORD_ID, ...type.fields.filter((f) => !f.readOnly)]
  const mapped = writable.filter((f) => Object.values(columns).includes(f.name))

  const choose = (header: string, field: string) => {
    const next = { ...columns }
    if (field) next[header] = field
    else delete next[header]
    setColumns(next)
  }

  return (
    <form
      className="card import-mapping"
      onSubmit={(event) => {
        event.preventDefault()
        onPreview({
          columns,
          mode,
          key: key || undefined,
          decimalMark: decimalMark as '.' | ',',
          dateOrder,
          saveMappingAs: saveAs.trim() || undefined,
        })
      }}
    >
      <h2 className="card-title">Columns</h2>
      <p className="muted">
        {view.rowCount.toLocaleString()} rows,{' '}
        {view.encoding === 'xlsx'
          ? 'the first sheet of an Excel workbook'
          : `${view.encoding}, separated by ${view.delimiter === '\t' ? 'tabs' : `"${view.delimiter}"`}`}
      </p>
      {view.savedMappings.length > 0 && (
        <label className="field">
          <span>Saved mapping</span>
          <select
            defaultValue=""
            onChange={(event) => {
              const saved = view.savedMappings.find(
                (m) => m.id === event.target.value,
              )
              if (saved) setColumns(savedColumns(view, saved.columns))
            }}
          >
            <option value="">Suggested</option>
            {view.savedMappings.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <table className="table">
        <thead>
          <tr>
            <th>Column in the file</th>
            <th>Field</th>
          </tr>
        </thead>
        <tbody>
          {view.headers.map((header) => (
            <tr key={header}>
              <td>{header}</td>
              <td>
                <select
                  aria-label={`Field for ${header}`}
                  value={columns[header] ?? ''}
                  onChange={(event) => choose(header, event.target.value)}
                >
                  <option value="">Skip</option>
                  {writable.map((f) => (
                    <option key={f.name} value={f.name}>
                      {f.label}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="import-options">
        <label className="field">
          <span>Rows become</span>
          <select
            value={mode}
            onChange={(e) => setMode(e.target.value as PreviewInput['mode'])}
          >
            <option value="create">New records</option>
            <option value="upsert">
              Updates of records with the same key, else new
            </option>
            <option value="update">
              Updates of records with the same key only
            </option>
          </select>
        </label>
        <label className="field">
          <span>Key</span>
          <select value={key} onChange={(e) => setKey(e.target.value)}>
            <option value="">None</option>
            {mapped.map((f) => (
              <option key={f.name} value={f.name}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Decimal mark</span>
          <select
            value={decimalMark}
            onChange={(e) => setDecimalMark(e.target.value)}
          >
            <option value=".">1,234.56</option>
            <option value=",">1.234,56</option>
          </select>
        </label>
        <label className="field">
          <span>Dates</span>
          <select
            value={dateOrder}
            onChange={(e) =>
              setDateOrder(e.target.value as PreviewInput['dateOrder'])
            }
          >
            <option value="mdy">MM/DD/YYYY</option>
            <option value="dmy">DD/MM/YYYY</option>
            <option value="ymd">YYYY/MM/DD</option>
          </select>
        </label>
        <label className="field">
          <span>Save this mapping as</span>
          <input value={saveAs} onChange={(e) => setSaveAs(e.target.value)} />
        </label>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? 'Checking every row…' : 'Preview'}
      </button>
    </form>
  )
}
