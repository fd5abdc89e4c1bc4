import type { RecordType } from '@/shared/api/record-types'
import { OwnerFilter } from '@/shared/ui/owner-filter'
import { FieldFilters } from './field-filters'
import { SearchBox } from './search-box'
import { StageFilter } from './stage-filter'
import type { ListState } from './use-list-state'

interface FilterBarProps {
  recordType: RecordType
  state: ListState
  update: (patch: Partial<ListState>) => void
}

function hasField(type: RecordType, name: string): boolean {
  return type.fields.some((field) => field.name === name)
}

export function FilterBar({ recordType, state, update }: FilterBarProps) {
  const label = recordType.pluralLabel.toLowerCase()

  return (
    <div className="filter-bar">
      <SearchBox
        value={state.q}
        onChange={(q) => update({ q })}
        placeholder={`Search ${label}…`}
      />
      {hasField(recordType, 'owner_id') && (
        <OwnerFilter
          value={state.owner}
          onChange={(owner) => update({ owner })}
        />
      )}
      {hasField(recordType, 'stage_id') && (
        <StageFilter
          value={state.stage}
          onChange={(stage) => update({ stage })}
        />
      )}
      <label className="toggle">
        <input
          type="checkbox"
          name="trash"
          checked={state.trash}
          onChange={(event) => update({ trash: event.target.checked })}
        />
        <span>Trash</span>
      </label>
      <FieldFilters
        recordType={recordType}
        filters={state.filters}
        onChange={(filters) => update({ filters })}
      />
    </div>
  )
}
