import { usePipelines } from '@/shared/api/pipelines'

interface StageFilterProps {
  value: string
  onChange: (value: string) => void
}

export function StageFilter({ value, onChange }: StageFilterProps) {
  const pipelines = usePipelines()
  const several = (pipelines.data?.length ?? 0) > 1

  return (
    <label className="filter-field">
      <span>Stage</span>
      <select
        name="stage"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">Any stage</option>
        {pipelines.data?.map((pipeline) => {
          const options = pipeline.stages.map((stage) => (
            <option key={stage.id} value={stage.id}>
              {stage.name}
            </option>
          ))
          return several ? (
            <optgroup key={pipeline.id} label={pipeline.name}>
              {options}
            </optgroup>
          ) : (
            options
          )
        })}
      </select>
    </label>
  )
}
