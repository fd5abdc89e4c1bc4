import { useDroppable } from '@dnd-kit/core'
import type { QueryParams } from '@/app/api-client'
import type { RecordType } from '@/shared/api/record-types'
import type { CrmRecord } from '@/shared/api/types'
import { ErrorState } from '@/shared/ui/states'
import { useRecordList } from '../api/list-records'
import { type BoardColumn, columnParams } from './board-columns'
import { RecordCard } from './record-card'

interface ChoiceColumnProps {
  recordType: RecordType
  column: BoardColumn
  columns: BoardColumn[]
  base: QueryParams
  onMove: (record: CrmRecord, from: BoardColumn, to: BoardColumn) => void
}

export function ChoiceColumn(props: ChoiceColumnProps) {
  const { recordType, column } = props
  const { setNodeRef, isOver } = useDroppable({ id: column.key })
  const query = useRecordList(
    recordType.plural,
    columnParams(props.base, column),
  )
  const records = query.data?.pages.flatMap((page) => page.data) ?? []
  const count = `${records.length}${query.hasNextPage ? '+' : ''}`

  return (
    <section
      ref={setNodeRef}
      className={isOver ? 'stage-column over' : 'stage-column'}
      data-testid="board-column"
      data-column={column.label}
      aria-label={`${column.label} column`}
    >
      <header className="stage-header">
        <div className="stage-title">
          <h2>{column.label}</h2>
          {!query.isPending && <span className="stage-count">{count}</span>}
        </div>
      </header>
      <div className="stage-cards">
        {query.isPending && <div className="card-skeleton" />}
        {query.error && <ErrorState error={query.error} />}
        {!query.isPending && records.length === 0 && (
          <div className="stage-empty">None here</div>
        )}
        {records.map((record) => (
          <RecordCard
            key={record.id}
            recordType={recordType}
            record={record}
            column={column}
            columns={props.columns}
            onMove={(to) => props.onMove(record, column, to)}
          />
        ))}
        {query.hasNextPage && (
          <button
            type="button"
            className="button button-small load-more"
            disabled={query.isFetchingNextPage}
            onClick={() => void query.fetchNextPage()}
          >
            {query.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </button>
        )}
      </div>
    </section>
  )
}
