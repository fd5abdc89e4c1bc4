import type { Stage } from '@/shared/api/pipelines'
import type { Deal } from '../model/deal'

interface MoveToSelectProps {
  deal: Deal
  stages: Stage[]
  onMove: (toStageId: string) => void
}

/** The keyboard way to move a deal, beside dragging it. */
export function MoveToSelect({ deal, stages, onMove }: MoveToSelectProps) {
  return (
    <select
      className="move-to"
      data-testid="move-to"
      aria-label={`Move ${deal.name} to stage`}
      value=""
      onPointerDown={(event) => event.stopPropagation()}
      onKeyDown={(event) => event.stopPropagation()}
      onChange={(event) => {
        if (event.target.value) onMove(event.target.value)
      }}
    >
      <option value="">Move to…</option>
      {stages
        .filter((stage) => stage.id !== deal.stage_id)
        .map((stage) => (
          <option key={stage.id} value={stage.id}>
            {stage.name}
          </option>
        ))}
    </select>
  )
}
