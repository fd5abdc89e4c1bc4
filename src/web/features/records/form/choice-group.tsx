import type { FieldMeta } from '@/shared/api/record-types'

interface ChoiceGroupProps {
  field: FieldMeta
  value: string[]
  onChange: (value: string[]) => void
  invalid: boolean
  errorId?: string
}

/**
 * One checkbox per option of a multiple-choice field. The group carries
 * the id field-<name> so an error can move the focus to it; each checkbox
 * is named after the field, as a form post would send the values.
 */
export function ChoiceGroup(props: ChoiceGroupProps) {
  const { field, value } = props
  const ticked = new Set(value)

  // Kept in the options' order, whatever order they were ticked in.
  const toggle = (option: string, checked: boolean) => {
    if (checked) ticked.add(option)
    else ticked.delete(option)
    props.onChange(
      field.options.map((o) => o.value).filter((v) => ticked.has(v)),
    )
  }

  return (
    <fieldset
      id={`field-${field.name}`}
      className="choice-group"
      tabIndex={-1}
      aria-labelledby={`field-${field.name}-label`}
      aria-invalid={props.invalid || undefined}
      aria-describedby={props.errorId}
    >
      {field.options.map((option) => (
        <label key={option.value} className="inline-field">
          <input
            type="checkbox"
            name={field.name}
            value={option.value}
            checked={ticked.has(option.value)}
            onChange={(event) => toggle(option.value, event.target.checked)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  )
}
