import type { PartOption } from '../model/part-options'

interface PartChoiceProps {
  name: string
  legend: string
  options: PartOption[]
  value: string
  onChange: (value: string) => void
  error?: string
}

/** One part of the conversion: which record to use, or a new one. */
export function PartChoiceField(props: PartChoiceProps) {
  const { name, legend, options, value, onChange, error } = props
  return (
    <fieldset className="conversion-part">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="conversion-option">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>
            {option.label}
            {option.because && (
              <span className="conversion-because">{option.because}</span>
            )}
          </span>
        </label>
      ))}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </fieldset>
  )
}
