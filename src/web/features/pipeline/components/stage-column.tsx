import { useDroppable } from '@dnd-kit/core'
import type { Stage } from '@/shared/api/pipelines'
import { ErrorState } from '@/shared/ui/states'
import type { StageSummary } from '../api/get-board'
import { useStageDeals } from '../api/list-stage-deals'
import type { Deal } from '../model/deal'
import { DealCard } from './deal-card'
import { StageHeader } from './stage-header'

interface StageColumnProps {
  stage: Stage
  stages: Stage[]
  owner: string
  summary: StageSummary | undefined
  summaryLoading: boolean
  onMove: (deal: Deal, fromStageId: string, toStageId: string) => void
}

export function StageColumn(props: StageColumnProps) {
  const { stage, owner } = props
  const { setNodeRef, isOver } = useDroppable({ id: stage.id })
  const query = useStageDeals(stage.id, owner)
  const deals = query.data?.pages.flatMap((page) => page.data) ?? []

  return (
    <section
      ref={setNodeRef}
      className={isOver ? 'stage-column over' : 'stage-column'}
      data-testid="stage-column"
      data-stage-id={stage.id}
      data-stage-name={stage.name}
      data-count={props.summary?.count}
      data-amount={props.summary?.amount}
      aria-busy={props.summaryLoading || undefined}
      aria-label={`${stage.name} stage`}
    >
      <StageHeader
        stage={stage}
        summary={props.summary}
        loading={props.summaryLoading}
      />
      <div className="stage-cards">
        {query.isPending && <div className="card-skeleton" />}
        {query.error && <ErrorState error={query.error} />}
        {!query.isPending && deals.length === 0 && (
          <div className="stage-empty">No deals</div>
        )}
        {deals.map((deal) => (
          <DealCard
            key={deal.id}
            deal={deal}
            stages={props.stages}
            onMove={(toStageId) => props.onMove(deal, stage.id, toStageId)}
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
