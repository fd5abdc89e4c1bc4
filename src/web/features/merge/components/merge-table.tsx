import type { RecordType } from '@/shared/api/record-types'
import type { MergePreview } from '../api/merge-preview'
import type { Choices } from '../model/choices'
import { FieldValue } from './field-value'

interface MergeTableProps {
  preview: MergePreview
  type: RecordType
  types: RecordType[]
  survivorId: string
  choices: Choices
  showAll: boolean
  onSurvivor: (id: string) => void
  onChoose: (field: string, id: string) => void
}

/**
 * The records side by side: which one survives, and for each field where
 * they differ, whose value it keeps.
 */
export function MergeTable(props: MergeTableProps) {
  const { preview, type, types, survivorId, choices } = props
  const fields = preview.fields.filter((f) => props.showAll || f.differs)
  const meta = (name: string) => type.fields.find((f) => f.name === name)

  return (
    <div className="table-scroll">
      <table className="simple-table merge-table" aria-label="Field values">
        <thead>
          <tr>
            <th scope="col">Field</th>
            {preview.records.map((r) => (
              <th key={r.id} scope="col">
                <label className="merge-survivor">
                  <input
                    type="radio"
                    name="survivor"
                    aria-label={`Keep ${r.title}`}
                    checked={r.id === survivorId}
                    onChange={() => props.onSurvivor(r.id)}
                  />
                  <a href={`/${type.plural}/${r.id}`}>{r.title}</a>
                </label>
                <span className="muted merge-role">
                  {r.id === survivorId ? 'Kept' : 'Merged into the kept one'}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {fields.length === 0 && (
            <tr>
              <td colSpan={preview.records.length + 1} className="muted">
                Every field holds the same value.
              </td>
            </tr>
          )}
          {fields.map((f) => (
            <tr key={f.name} className={f.differs ? 'merge-differs' : ''}>
              <th scope="row">{f.label}</th>
              {preview.records.map((r) => (
                <td key={r.id}>
                  {f.differs ? (
                    <label className="merge-value">
                      <input
                        type="radio"
                        name={`keep-${f.name}`}
                        aria-label={`${f.label} from ${r.title}`}
                        checked={(choices[f.name] ?? survivorId) === r.id}
                        onChange={() => props.onChoose(f.name, r.id)}
                      />
                      <FieldValue
                        field={meta(f.name)}
                        value={f.values[r.id]}
                        types={types}
                      />
                    </label>
                  ) : (
                    <FieldValue
                      field={meta(f.name)}
                      value={f.values[r.id]}
                      types={types}
                    />
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
