import { usePipelines } from '@/shared/api/pipelines'
import type { FieldMeta, RecordType } from '@/shared/api/record-types'
import { refTarget } from '@/shared/api/ref-target'
import { useUsers } from '@/shared/api/users'
import { RecordPicker } from './record-picker'

interface RefInputProps {
  field: FieldMeta
  value: string
  onChange: (value: string) => void
  types: RecordType[]
  invalid: boolean
  errorId?: string
  emptyLabel?: string
  /** Names the input where no <label> does, as in the filter editor. */
  label?: string
}

interface Choice {
  value: string
  label: string
  group?: string
}

function ChoiceSelect(props: RefInputProps & { choices: Choice[] }) {
  const groups = [...new Set(props.choices.map((choice) => choice.group))]
  const render = (choices: Choice[]) =>
    choices.map((choice) => (
      <option key={choice.value} value={choice.value}>
        {choice.label}
      </option>
    ))

  return (
    <select
      id={`field-${props.field.name}`}
      name={props.field.name}
      aria-label={props.label}
      required={props.field.required}
      aria-invalid={props.invalid || undefined}
      aria-describedby={props.errorId}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
    >
      <option value="">{props.emptyLabel ?? '—'}</option>
      {groups.length > 1
        ? groups.map((group) => (
            <optgroup key={group} label={group}>
              {render(props.choices.filter((c) => c.group === group))}
            </optgroup>
          ))
        : render(props.choices)}
    </select>
  )
}

export function RefInput(props: RefInputProps) {
  const target = refTarget(props.field, props.types)
  const users = useUsers()
  const pipelines = usePipelines()

  if (target.kind === 'user') {
    const choices = (users.data ?? []).map((user) => ({
      value: user.id,
      label: user.name,
    }))
    return <ChoiceSelect {...props} choices={choices} />
  }

  if (target.kind === 'stage') {
    const choices = (pipelines.data ?? []).flatMap((pipeline) =>
      pipeline.stages.map((stage) => ({
        value: stage.id,
        label: stage.name,
        group: pipeline.name,
      })),
    )
    return <ChoiceSelect {...props} choices={choices} />
  }

  if (target.kind === 'pipeline') {
    const choices = (pipelines.data ?? []).map((pipeline) => ({
      value: pipeline.id,
      label: pipeline.name,
    }))
    return <ChoiceSelect {...props} choices={choices} />
  }

  if (target.kind === 'record') {
    return <RecordPicker {...props} type={target.type} />
  }

  return (
    <input
      id={`field-${props.field.name}`}
      name={props.field.name}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
    />
  )
}
