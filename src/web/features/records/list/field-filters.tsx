import { useState } from 'react'
import type { RecordType } from '@/shared/api/record-types'
import { type FieldFilter, filterOps } from './field-filter'
import { FilterChip } from './filter-chip'
import { FilterEditor } from './filter-editor'

// The filter bar has controls of its own for these.
const OWN_CONTROLS = new Set(['owner_id', 'stage_id'])

interface FieldFiltersProps {
  recordType: RecordType
  filters: FieldFilter[]
  onChange: (filters: FieldFilter[]) => void
}

/** Conditions on the type's fields, each removable, and a way to add one. */
export function FieldFilters(props: FieldFiltersProps) {
  const { recordType, filters, onChange } = props
  const [adding, setAdding] = useState(false)
  const fields = recordType.fields.filter(
    (field) => filterOps(field).length > 0 && !OWN_CONTROLS.has(field.name),
  )
  if (fields.length === 0) return null

  const add = (filter: FieldFilter) => {
    onChange([...filters, filter])
    setAdding(false)
  }

  return (
    <div className="field-filters">
      {filters.map((filter, index) => (
        <FilterChip
          key={`${filter.field}:${filter.op}:${filter.value}`}
          field={fields.find((f) => f.name === filter.field)}
          filter={filter}
          onRemove={() => onChange(filters.filter((_, i) => i !== index))}
        />
      ))}
      {adding ? (
        <FilterEditor
          fields={fields}
          onAdd={add}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <button
          type="button"
          className="button button-small"
          onClick={() => setAdding(true)}
        >
          + Filter
        </button>
      )}
    </div>
  )
}
