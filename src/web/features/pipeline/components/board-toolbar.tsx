import type { Pipeline } from '@/shared/api/pipelines'
import { OwnerFilter } from '@/shared/ui/owner-filter'

interface BoardToolbarProps {
  pipelines: Pipeline[]
  pipelineId: string
  owner: string
  onPipeline: (id: string) => void
  onOwner: (owner: string) => void
}

export function BoardToolbar(props: BoardToolbarProps) {
  return (
    <div className="filter-bar">
      <label className="filter-field">
        <span>Pipeline</span>
        <select
          name="pipeline"
          value={props.pipelineId}
          onChange={(event) => props.onPipeline(event.target.value)}
        >
          {props.pipelines.map((pipeline) => (
            <option key={pipeline.id} value={pipeline.id}>
              {pipeline.name}
            </option>
          ))}
        </select>
      </label>
      <OwnerFilter
        value={props.owner}
        onChange={props.onOwner}
        anyLabel="All owners"
      />
    </div>
  )
}
