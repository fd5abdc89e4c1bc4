import { useState } from 'react'
import type { FieldMeta } from '@/shared/api/record-types'
import { useRecordTypes } from '@/shared/api/record-types'
import { RefInput } from '../form/ref-input'
import {
  type FieldFilter,
  type FilterOp,
  filterOps,
  opWord,
} from './field-filter'

interface FilterEditorProps {
  fields: FieldMeta[]
  onAdd: (filter: FieldFilter) => void
  onCancel: () => void
}

const INPUT_TYPES: Partial<Record<FieldMeta['type'], string>> = {
  date: 'date',
  datetime: 'date',
}

/** Picks a field, how to compare it and the value: one new condition. */
export function FilterEditor({ fields, onAdd, onCancel }: FilterEditorProps) {
  const [name, setName] = useState(fields[0]?.name ?? '')
  const field = fields.find((f) => f.name === name)
  const ops = field ? filterOps(field) : []
  const [op, setOp] = useState<FilterOp>(ops[0] ?? 'eq')
  const [value, setValue] = useState('')

  const pickField = (next: string) => {
    const picked = fields.find((f) => f.name === next)
    setName(next)
    setOp(picked ? (filterOps(picked)[0] ?? 'eq') : 'eq')
    setValue('')
  }

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    if (!field || !value.trim()) return
    onAdd({ field: field.name, op, value: value.trim() })
  }

  return (
    <form className="filter-editor" aria-label="Add filter" onSubmit={submit}>
      <select
        name="filterField"
        aria-label="Field"
        value={name}
        onChange={(e) => pickField(e.target.value)}
      >
        {fields.map((f) => (
          <option key={f.name} value={f.name}>
            {f.label}
          </option>
        ))}
      </select>
      {field && (
        <select
          name="filterOp"
          aria-label="Comparison"
          value={op}
          onChange={(e) => setOp(e.target.value as FilterOp)}
        >
          {ops.map((o) => (
            <option key={o} value={o}>
              {opWord(field, o)}
            </option>
          ))}
        </select>
      )}
      {field && <ValueInput field={field} value={value} onChange={setValue} />}
      <button type="submit" className="button button-small button-primary">
        Apply
      </button>
      <button type="button" className="button button-small" onClick={onCancel}>
        Cancel
      </button>
    </form>
  )
}

interface ValueInputProps {
  field: FieldMeta
  value: string
  onChange: (value: string) => void
}

function ValueInput({ field, value, onChange }: ValueInputProps) {
  const types = useRecordTypes().data ?? []
  if (field.type === 'refs') {
    return (
      <RefInput
        field={field}
        value={value}
        onChange={onChange}
        types={types}
        invalid={false}
        label="Value"
        emptyLabel="Choose…"
      />
    )
  }

  const choices =
    field.type === 'boolean'
      ? [
          { value: 'true', label: 'Yes' },
          { value: 'false', label: 'No' },
        ]
      : field.options

  if (choices.length > 0) {
    return (
      <select
        name="filterValue"
        aria-label="Value"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">Choose…</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    )
  }

  return (
    <input
      name="filterValue"
      aria-label="Value"
      type={INPUT_TYPES[field.type] ?? 'text'}
      inputMode={field.type === 'date' ? undefined : 'decimal'}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  )
}
