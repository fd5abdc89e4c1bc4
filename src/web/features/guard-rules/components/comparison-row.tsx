import type { FieldMeta } from '@/shared/api/record-types'
import {
  blankDraft,
  type ComparisonDraft,
  opsFor,
} from '../model/comparison-draft'
import { OP_WORDS } from '../model/describe-condition'

interface ComparisonRowProps {
  index: number
  draft: ComparisonDraft
  fields: FieldMeta[]
  onChange: (draft: ComparisonDraft) => void
  onRemove?: () => void
}

const INPUT_TYPES: Record<string, string> = {
  integer: 'number',
  percent: 'number',
  decimal: 'text',
  money: 'text',
  date: 'date',
  datetime: 'text',
}

function ValueInput({
  index,
  draft,
  field,
  onChange,
}: {
  index: number
  draft: ComparisonDraft
  field: FieldMeta | undefined
  onChange: (draft: ComparisonDraft) => void
}) {
  const label = `Value ${index + 1}`
  if (draft.op === 'null') {
    return (
      <select
        aria-label={label}
        value={draft.text}
        onChange={(e) => onChange({ ...draft, text: e.target.value })}
      >
        <option value="true">empty</option>
        <option value="false">filled in</option>
      </select>
    )
  }
  if (field?.type === 'enum' && draft.op === 'in') {
    return (
      <fieldset className="options-editor guard-choices" aria-label={label}>
        {field.options.map((o) => (
          <label key={o.value} className="inline-field">
            <input
              type="checkbox"
              checked={draft.chosen.includes(o.value)}
              onChange={(e) =>
                onChange({
                  ...draft,
                  chosen: e.target.checked
                    ? [...draft.chosen, o.value]
                    : draft.chosen.filter((v) => v !== o.value),
                })
              }
            />
            {o.label}
          </label>
        ))}
      </fieldset>
    )
  }
  if (field?.type === 'enum' || field?.type === 'boolean') {
    const options =
      field.type === 'boolean'
        ? [
            { value: 'true', label: 'Yes' },
            { value: 'false', label: 'No' },
          ]
        : field.options
    return (
      <select
        aria-label={label}
        value={draft.text}
        onChange={(e) => onChange({ ...draft, text: e.target.value })}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    )
  }
  return (
    <input
      aria-label={label}
      type={INPUT_TYPES[field?.type ?? ''] ?? 'text'}
      value={draft.text}
      placeholder={draft.op === 'in' ? 'values, comma separated' : 'value'}
      onChange={(e) => onChange({ ...draft, text: e.target.value })}
    />
  )
}

/** One comparison of a guard's condition: field, how, and against what. */
export function ComparisonRow(props: ComparisonRowProps) {
  const { index, draft, fields, onChange, onRemove } = props
  const field = fields.find((f) => f.name === draft.field)
  return (
    <div className="guard-comparison">
      <select
        aria-label={`Field ${index + 1}`}
        value={draft.field}
        onChange={(e) =>
          onChange(blankDraft(fields.find((f) => f.name === e.target.value)))
        }
      >
        {fields.map((f) => (
          <option key={f.name} value={f.name}>
            {f.label}
          </option>
        ))}
      </select>
      <select
        aria-label={`Comparison ${index + 1}`}
        value={draft.op}
        onChange={(e) =>
          onChange({
            ...draft,
            op: e.target.value as ComparisonDraft['op'],
            text: e.target.value === 'null' ? 'true' : draft.text,
          })
        }
      >
        {opsFor(field).map((op) => (
          <option key={op} value={op}>
            {op === 'null' ? 'is' : OP_WORDS[op]}
          </option>
        ))}
      </select>
      <ValueInput
        index={index}
        draft={draft}
        field={field}
        onChange={onChange}
      />
      {onRemove && (
        <button
          type="button"
          className="button button-small"
          aria-label={`Remove comparison ${index + 1}`}
          onClick={onRemove}
        >
          ✕
        </button>
      )}
    </div>
  )
}
