import { useDraggable } from '@dnd-kit/core'
import { Link } from 'react-router-dom'
import type { Stage } from '@/shared/api/pipelines'
import { useWorkspaceCurrency } from '@/shared/api/session'
import { formatCalendarDate } from '@/shared/format/dates'
import { formatMoney } from '@/shared/format/money'
import type { Deal } from '../model/deal'
import { MoveToSelect } from './move-to-select'

interface DealCardProps {
  deal: Deal
  stages: Stage[]
  onMove: (toStageId: string) => void
}

export function DealCard({ deal, stages, onMove }: DealCardProps) {
  const { setNodeRef, listeners, attributes, isDragging } = useDraggable({
    id: deal.id,
    data: { deal },
  })

  return (
    <article
      ref={setNodeRef}
      className={isDragging ? 'deal-card dragging' : 'deal-card'}
      data-testid="deal-card"
      data-deal-id={deal.id}
      {...listeners}
      {...attributes}
      aria-roledescription="Draggable deal"
      aria-label={deal.name}
    >
      <DealCardBody deal={deal} />
      <MoveToSelect deal={deal} stages={stages} onMove={onMove} />
    </article>
  )
}

export function DealCardBody({ deal }: { deal: Deal }) {
  const currency = useWorkspaceCurrency()

  return (
    <>
      <Link
        to={`/opportunities/${deal.id}`}
        className="deal-name"
        draggable={false}
        onPointerDown={(event) => event.stopPropagation()}
        onKeyDown={(event) => event.stopPropagation()}
      >
        {deal.name}
      </Link>
      {deal.account && <div className="deal-account">{deal.account.name}</div>}
      <div className="deal-figures">
        {'amount' in deal && (
          <span className="deal-amount">
            {deal.amount === null || deal.amount === undefined
              ? 'No amount'
              : formatMoney(deal.amount, deal.currency ?? currency)}
          </span>
        )}
        {deal.close_date && (
          <span className="deal-close" title="Close date">
            {formatCalendarDate(deal.close_date)}
          </span>
        )}
      </div>
      {deal.owner && <div className="deal-owner">{deal.owner.name}</div>}
    </>
  )
}
