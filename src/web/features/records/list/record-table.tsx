import type {
  InfiniteData,
  UseInfiniteQueryResult,
} from '@tanstack/react-query'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef } from 'react'
import type { RecordType } from '@/shared/api/record-types'
import type { ListResponse } from '@/shared/api/types'
import { gridLayout } from './column-widths'
import type { Column } from './columns'
import { RecordRow } from './record-row'
import { TableHeader } from './table-header'

const ROW_HEIGHT = 44

interface RecordTableProps {
  recordType: RecordType
  columns: Column[]
  query: UseInfiniteQueryResult<InfiniteData<ListResponse>>
  sort: string
  onSort: (sort: string) => void
  trash: boolean
  /** The chosen rows, when rows can be chosen for a change of many. */
  selection?: Selection
}

export interface Selection {
  ids: Set<string>
  toggle: (id: string, on: boolean) => void
  /** Chooses every row loaded so far, or none. */
  all: (ids: string[] | null) => void
}

export function RecordTable(props: RecordTableProps) {
  const { recordType, columns, query } = props
  const scrollRef = useRef<HTMLDivElement>(null)
  const rows = query.data?.pages.flatMap((page) => page.data) ?? []
  const { selection } = props
  const { template, minWidth } = gridLayout(
    columns,
    props.trash,
    Boolean(selection),
  )

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  })
  const items = virtualizer.getVirtualItems()
  const lastIndex = items.at(-1)?.index ?? -1

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query
  useEffect(() => {
    if (lastIndex >= rows.length - 10 && hasNextPage && !isFetchingNextPage) {
      void fetchNextPage()
    }
  }, [lastIndex, rows.length, hasNextPage, isFetchingNextPage, fetchNextPage])

  return (
    <div className="table-scroll" ref={scrollRef}>
      <table
        className="grid-table"
        style={{ minWidth: `max(100%, ${minWidth}px)` }}
      >
        <TableHeader
          recordType={recordType}
          columns={columns}
          sort={props.sort}
          onSort={props.onSort}
          template={template}
          selectAll={
            selection && {
              checked: rows.length > 0 && selection.ids.size === rows.length,
              onChange: (on) =>
                selection.all(on ? rows.map((r) => r.id) : null),
            }
          }
        />
        <tbody
          className="table-body"
          style={{ height: virtualizer.getTotalSize() }}
          data-testid="record-rows"
        >
          {items.map((item) => {
            const record = rows[item.index]
            if (!record) return null
            return (
              <RecordRow
                key={record.id}
                recordType={recordType}
                columns={columns}
                record={record}
                template={template}
                top={item.start}
                height={ROW_HEIGHT}
                trash={props.trash}
                selected={selection?.ids.has(record.id)}
                onSelect={
                  selection && ((on) => selection.toggle(record.id, on))
                }
              />
            )
          })}
        </tbody>
      </table>
      {isFetchingNextPage && <div className="table-foot">Loading more…</div>}
    </div>
  )
}
