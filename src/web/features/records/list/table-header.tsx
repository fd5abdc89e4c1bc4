import type { RecordType } from '@/shared/api/record-types'
import { fieldByName } from '@/shared/api/record-types'
import type { Column } from './columns'
import { nextSort } from './use-list-state'

interface TableHeaderProps {
  recordType: RecordType
  columns: Column[]
  sort: string
  onSort: (sort: string) => void
  template: string
}

export function TableHeader(props: TableHeaderProps) {
  const { recordType, columns, sort, onSort, template } = props
  const title = fieldByName(recordType, recordType.titleField)
  const headers = [
    {
      name: recordType.titleField,
      label: title?.label ?? 'Name',
      sortable: title?.sortable ?? false,
    },
    ...columns.map(({ field }) => field),
  ]

  return (
    <div
      className="table-head"
      role="row"
      style={{ gridTemplateColumns: template }}
    >
      {headers.map((header) => {
        const direction =
          sort === header.name
            ? 'asc'
            : sort === `-${header.name}`
              ? 'desc'
              : null
        const ariaSort =
          direction === 'asc'
            ? 'ascending'
            : direction === 'desc'
              ? 'descending'
              : 'none'
        return (
          <div
            key={header.name}
            className="cell"
            role="columnheader"
            aria-sort={ariaSort}
          >
            {header.sortable ? (
              <button
                type="button"
                className="sort-button"
                onClick={() => onSort(nextSort(sort, header.name))}
              >
                {header.label}
                <span className="sort-mark" aria-hidden="true">
                  {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : ''}
                </span>
              </button>
            ) : (
              header.label
            )}
          </div>
        )
      })}
    </div>
  )
}
