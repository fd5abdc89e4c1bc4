import { useDraggable } from '@dnd-kit/core'
import { Link } from 'react-router-dom'
import type { RecordType } from '@/shared/api/record-types'
import type { CrmRecord } from '@/shared/api/types'
import { recordTitle } from '@/shared/format/record-title'
import type { BoardColumn } from './board-columns'

interface RecordCardProps {
  recordType: RecordType
  record: CrmRecord
  column: BoardColumn
  columns: BoardColumn[]
  onMove: (to: BoardColumn) => void
}

export function RecordCard(props: RecordCardProps) {
  const { recordType, record, column } = props
  const title = recordTitle(record, recordType.titleField)
  const { setNodeRef, listeners, attributes, isDragging } = useDraggable({
    id: record.id,
    data: { record, column },
  })

  return (
    <article
      ref={setNodeRef}
      className={isDragging ? 'deal-card dragging' : 'deal-card'}
      data-testid="board-card"
      data-record-id={record.id}
      {...listeners}
      {...attributes}
      aria-roledescription={`Draggable ${recordType.label.toLowerCase()}`}
      aria-label={title}
    >
      <CardTitle recordType={recordType} record={record} />
      <select
        className="move-to"
        aria-label={`Move ${title} to`}
        value=""
        onPointerDown={(event) => event.stopPropagation()}
        onKeyDown={(event) => event.stopPropagation()}
        onChange={(event) => {
          const to = props.columns.find((c) => c.key === event.target.value)
          if (to) props.onMove(to)
        }}
      >
        <option value="">Move to…</option>
        {props.columns
          .filter((other) => other.key !== column.key)
          .map((other) => (
            <option key={other.key} value={other.key}>
              {other.label}
            </option>
          ))}
      </select>
    </article>
  )
}

/** The title links to the record; pressing on it does not start a drag. */
export function CardTitle(props: {
  recordType: RecordType
  record: CrmRecord
}) {
  const { recordType, record } = props
  return (
    <Link
      to={`/${recordType.plural}/${record.id}`}
      className="deal-name"
      draggable={false}
      onPointerDown={(event) => event.stopPropagation()}
      onKeyDown={(event) => event.stopPropagation()}
    >
      {recordTitle(record, recordType.titleField)}
    </Link>
  )
}
