import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { getRecord } from '@/shared/api/get-record'
import type { FieldMeta, RecordType } from '@/shared/api/record-types'
import { recordTitle } from '@/shared/format/record-title'
import { useDebouncedValue } from '@/shared/ui/use-debounced-value'
import { listRecords } from '../api/list-records'

interface RecordPickerProps {
  field: FieldMeta
  type: RecordType
  value: string
  onChange: (value: string) => void
  invalid: boolean
  errorId?: string
  label?: string
}

export function RecordPicker(props: RecordPickerProps) {
  const { field, type, value, onChange } = props
  const [text, setText] = useState<string | null>(null)
  const [open, setOpen] = useState(false)
  const q = useDebouncedValue(text ?? '', 250)

  const selected = useQuery({
    queryKey: ['record', type.plural, value, ''],
    queryFn: () => getRecord(type.plural, value),
    enabled: Boolean(value),
    staleTime: 5 * 60_000,
  })
  const options = useQuery({
    queryKey: ['records', type.plural, 'picker', q],
    queryFn: () => listRecords(type.plural, { q: q || undefined, limit: 8 }),
    enabled: open,
  })

  const selectedLabel =
    value && selected.data ? recordTitle(selected.data, type.titleField) : ''

  const choose = (id: string) => {
    onChange(id)
    setText(null)
    setOpen(false)
  }

  return (
    <div className="picker">
      <input
        id={`field-${field.name}`}
        name={field.name}
        data-value={value}
        autoComplete="off"
        aria-label={props.label}
        aria-invalid={props.invalid || undefined}
        aria-describedby={props.errorId}
        placeholder={`Search ${type.pluralLabel.toLowerCase()}…`}
        value={text ?? selectedLabel}
        onFocus={() => setOpen(true)}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onChange={(event) => {
          setText(event.target.value)
          setOpen(true)
        }}
      />
      {value && (
        <button
          type="button"
          className="picker-clear"
          aria-label={`Clear ${field.label}`}
          onClick={() => choose('')}
        >
          ×
        </button>
      )}
      {open && (
        <ul className="picker-options">
          {options.isPending && <li className="picker-note">Searching…</li>}
          {options.data?.data.length === 0 && (
            <li className="picker-note">
              No {type.pluralLabel.toLowerCase()} found
            </li>
          )}
          {options.data?.data.map((record) => (
            <li key={record.id}>
              <button type="button" onMouseDown={() => choose(record.id)}>
                {recordTitle(record, type.titleField)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
