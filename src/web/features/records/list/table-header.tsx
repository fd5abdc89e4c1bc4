import type { FieldType, RecordType } from '@/shared/api/record-types'
import { fieldByName } from '@/shared/api/record-types'
import type { Column } from './columns'
import { isNumeric } from './numeric'
import { nextSort } from './use-list-state'

interface Header {
  name: string
  label: string
  type: FieldType
  sortable: boolean
}

interface TableHeaderProps {
  recordType: RecordType
  columns: Column[]
  sort: string
  onSort: (sort: string) => void
  template: string
  selectAll?: { checked: boolean; onChange: (on: boolean) => void }
}

function titleHeader(type: RecordType): Header {
  const field = fieldByName(type, type.titleField)
  const person = type.titleField === 'last_name'
  return {
    name: type.titleField,
    label: person ? 'Name' : (field?.label ?? 'Name'),
    type: 'text',
    sortable: field?.sortable ?? false,
  }
}

export function TableHeader(props: TableHeaderProps) {
  const headers: Header[] = [
    titleHeader(props.recordType),
    ...props.columns.map(({ field }) => field),
  ]

  return (
    <thead className="table-head">
      <tr style={{ gridTemplateColumns: props.template }}>
        {props.selectAll && (
          <th className="cell cell-select">
            <input
              type="checkbox"
              aria-label="Choose every row shown"
              checked={props.selectAll.checked}
              onChange={(event) =>
                props.selectAll?.onChange(event.target.checked)
              }
            />
          </th>
        )}
        {headers.map((header) => (
          <HeaderCell
            key={header.name}
            header={header}
            sort={props.sort}
            onSort={props.onSort}
          />
        ))}
      </tr>
    </thead>
  )
}

interface HeaderCellProps {
  header: Header
  sort: string
  onSort: (sort: string) => void
}

function HeaderCell({ header, sort, onSort }: HeaderCellProps) {
  const ascending = sort === header.name
  const descending = sort === `-${header.name}`
  const numeric = isNumeric(header.type)

  return (
    <th
      className={numeric ? 'cell cell-number' : 'cell'}
      aria-sort={ascending ? 'ascending' : descending ? 'descending' : 'none'}
    >
      {header.sortable ? (
        <button
          type="button"
          className="sort-button"
          onClick={() => onSort(nextSort(sort, header.name))}
        >
          {header.label}
          <span className="sort-mark" aria-hidden="true">
            {ascending ? '▲' : descending ? '▼' : ''}
          </span>
        </button>
      ) : (
        header.label
      )}
    </th>
  )
}
