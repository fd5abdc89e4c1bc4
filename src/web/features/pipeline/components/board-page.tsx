import { useSearchParams } from 'react-router-dom'
import { usePipelines } from '@/shared/api/pipelines'
import { EmptyState, ErrorState, Loading } from '@/shared/ui/states'
import { useBoardSummary } from '../api/get-board'
import { useMoveDeal } from '../api/move-deal'
import type { Deal } from '../model/deal'
import { BoardDnd } from './board-dnd'
import { BoardToolbar } from './board-toolbar'
import { StageColumn } from './stage-column'

export function BoardPage() {
  const pipelines = usePipelines()
  const [params, setParams] = useSearchParams()
  const owner = params.get('owner') ?? ''
  const pipeline =
    pipelines.data?.find((p) => p.id === params.get('pipeline')) ??
    pipelines.data?.[0]
  const pipelineId = pipeline?.id ?? ''
  const summary = useBoardSummary(pipelineId, owner)
  const move = useMoveDeal(pipelineId, owner)

  const setParam = (key: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        if (value) next.set(key, value)
        else next.delete(key)
        return next
      },
      { replace: true },
    )

  if (pipelines.isPending) return <Loading />
  if (pipelines.error) return <ErrorState error={pipelines.error} />
  if (!pipeline) return <EmptyState>No pipelines are set up yet.</EmptyState>

  const onMove = (deal: Deal, fromStageId: string, toStageId: string) =>
    move.mutate({ deal, fromStageId, toStageId })

  return (
    <section className="page page-board">
      <header className="page-header">
        <h1>{pipeline.name}</h1>
      </header>
      <BoardToolbar
        pipelines={pipelines.data}
        pipelineId={pipelineId}
        owner={owner}
        onPipeline={(id) => setParam('pipeline', id)}
        onOwner={(value) => setParam('owner', value)}
      />
      {summary.error && <ErrorState error={summary.error} />}
      <BoardDnd onDrop={onMove}>
        <div className="board" data-testid="board">
          {pipeline.stages.map((stage) => (
            <StageColumn
              key={stage.id}
              stage={stage}
              stages={pipeline.stages}
              owner={owner}
              summary={summary.data?.find((s) => s.stageId === stage.id)}
              summaryLoading={summary.isPending && !summary.error}
              onMove={onMove}
            />
          ))}
        </div>
      </BoardDnd>
    </section>
  )
}
