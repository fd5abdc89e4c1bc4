import { useState } from 'react'
import type { FieldMeta, RecordType } from '@/shared/api/record-types'
import { type FieldFilter, filterOps, opWord } from './field-filter'
import { FilterEditor } from './filter-editor'

// The filter bar has controls of its own for these.
const OWN_CONTROLS = new Set(['owner_id', 'stage_id'])

interface FieldFiltersProps {
  recordType: RecordType
  filters: FieldFilter[]
  onChange: (filters: FieldFilter[]) => void
}

function valueWord(field: FieldMeta, value: string): string {
  if (field.type === 'boolean') return value === 'true' ? 'Yes' : 'No'
  return field.options.find((o) => o.value === value)?.label ?? value
}

function filterLabel(field: FieldMeta, filter: FieldFilter) {
  const value = valueWord(field, filter.value)
  return `${field.label} ${opWord(field, filter.op)} ${value}`
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
      {filters.map((filter, index) => {
        const field = fields.find((f) => f.name === filter.field)
        const label = field ? filterLabel(field, filter) : filter.field
        return (
          <span
            key={`${filter.field}:${filter.op}:${filter.value}`}
            className="filter-chip"
            data-testid="filter-chip"
          >
            {label}
            <button
              type="button"
              aria-label={`Remove filter ${label}`}
              onClick={() => onChange(filters.filter((_, i) => i !== index))}
            >
              ×
            </button>
          </span>
        )
      })}
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
