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
import { columnJump } from '@/shared/ui/column-jump'
import type { Deal } from '../model/deal'
import { DealCardBody } from './deal-card'

interface BoardDndProps {
  onDrop: (deal: Deal, fromStageId: string, toStageId: string) => void
  children: React.ReactNode
}

function dealOf(event: DragStartEvent | DragEndEvent): Deal | undefined {
  return event.active.data.current?.deal as Deal | undefined
}

export function BoardDnd({ onDrop, children }: BoardDndProps) {
  const [dragging, setDragging] = useState<Deal | null>(null)
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnJump }),
  )

  const onDragEnd = (event: DragEndEvent) => {
    setDragging(null)
    const deal = dealOf(event)
    const toStageId = event.over?.id
    if (!deal || typeof toStageId !== 'string') return
    if (toStageId !== deal.stage_id) onDrop(deal, deal.stage_id, toStageId)
  }

  return (
    <DndContext
      sensors={sensors}
      onDragStart={(event) => setDragging(dealOf(event) ?? null)}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragging(null)}
    >
      {children}
      <DragOverlay dropAnimation={null}>
        {dragging && (
          <article className="deal-card overlay">
            <DealCardBody deal={dragging} />
          </article>
        )}
      </DragOverlay>
    </DndContext>
  )
}
