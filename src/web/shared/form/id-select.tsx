interface Choice {
  id: string
  name: string
}

interface IdSelectProps {
  id: string
  name: string
  value: string | null
  options: Choice[]
  /** The first option, standing for no choice. */
  noneLabel: string
  onChange: (value: string | null) => void
}

/** Picks one user, team or region by id, or none. */
export function IdSelect(props: IdSelectProps) {
  const { value, options, onChange } = props
  return (
    <select
      id={props.id}
      name={props.name}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value || null)}
    >
      <option value="">{props.noneLabel}</option>
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.name}
        </option>
      ))}
    </select>
  )
}
