import {
  newOption,
  type OptionDraft,
  optionValueOf,
} from '../model/option-draft'

interface OptionsEditorProps {
  options: OptionDraft[]
  onChange: (options: OptionDraft[]) => void
  /** Messages about the options as a whole or about one of them. */
  errors: string[]
}

export function OptionsEditor({
  options,
  onChange,
  errors,
}: OptionsEditorProps) {
  const relabel = (key: number, label: string) =>
    onChange(options.map((o) => (o.key === key ? { ...o, label } : o)))
  const remove = (key: number) =>
    onChange(options.filter((option) => option.key !== key))

  return (
    <fieldset className="field field-wide options-editor">
      <legend>Options</legend>
      {options.map((option, index) => (
        <div key={option.key} className="option-row">
          <input
            aria-label={`Option ${index + 1}`}
            name="option-label"
            value={option.label}
            onChange={(event) => relabel(option.key, event.target.value)}
          />
          <code className="muted">{optionValueOf(option) || '—'}</code>
          <button
            type="button"
            className="button button-small"
            aria-label={`Remove option ${index + 1}`}
            onClick={() => remove(option.key)}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button-small"
        onClick={() => onChange([...options, newOption()])}
      >
        Add option
      </button>
      {errors.map((message) => (
        <span key={message} className="field-error">
          {message}
        </span>
      ))}
    </fieldset>
  )
}
