import {
  DndContext,
  type DragEndEvent,
  DragOverlay,
  type DragStartEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core'
import { useState } from 'react'
import type { QueryParams } from '@/app/api-client'
import type { FieldMeta, RecordType } from '@/shared/api/record-types'
import type { CrmRecord } from '@/shared/api/types'
import { columnJump } from '@/shared/ui/column-jump'
import { type BoardColumn, boardColumns, columnParams } from './board-columns'
import { ChoiceColumn } from './choice-column'
import { CardTitle } from './record-card'
import { useMoveCard } from './use-move-card'

interface ChoiceBoardProps {
  recordType: RecordType
  field: FieldMeta
  /** The list page's search and filters. */
  base: QueryParams
}

interface Dragged {
  record: CrmRecord
  column: BoardColumn
}

function draggedOf(event: DragStartEvent | DragEndEvent) {
  return event.active.data.current as Dragged | undefined
}

/** A type's records as cards in a column per option of a choice field. */
export function ChoiceBoard({ recordType, field, base }: ChoiceBoardProps) {
  const columns = boardColumns(field)
  const move = useMoveCard(recordType.plural, field.name)
  const [dragging, setDragging] = useState<CrmRecord | null>(null)
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnJump }),
  )

  const onMove = (record: CrmRecord, from: BoardColumn, to: BoardColumn) =>
    move.mutate({
      record,
      fromParams: columnParams(base, from),
      toParams: columnParams(base, to),
      value: to.value,
    })

  const onDragEnd = (event: DragEndEvent) => {
    setDragging(null)
    const dragged = draggedOf(event)
    const to = columns.find((column) => column.key === event.over?.id)
    if (!dragged || !to || to.key === dragged.column.key) return
    onMove(dragged.record, dragged.column, to)
  }

  return (
    <DndContext
      sensors={sensors}
      onDragStart={(event) => setDragging(draggedOf(event)?.record ?? null)}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragging(null)}
    >
      <div className="board" data-testid="choice-board">
        {columns.map((column) => (
          <ChoiceColumn
            key={column.key}
            recordType={recordType}
            column={column}
            columns={columns}
            base={base}
            onMove={onMove}
          />
        ))}
      </div>
      <DragOverlay dropAnimation={null}>
        {dragging && (
          <article className="deal-card overlay">
            <CardTitle recordType={recordType} record={dragging} />
          </article>
        )}
      </DragOverlay>
    </DndContext>
  )
}
