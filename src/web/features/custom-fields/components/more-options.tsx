import { useState } from 'react'
import { FormRow } from '@/shared/form/form-row'
import { hasOptions, hasRange, takesDefault } from '../field-types'
import type { FieldDraft } from '../model/field-draft'
import { optionValues } from '../model/option-draft'
import { DefaultValueInput } from './default-value-input'

interface MoreOptionsProps {
  draft: FieldDraft
  onChange: (patch: Partial<FieldDraft>) => void
  errorOf: (field: string) => string | undefined
}

const SETTINGS = ['min', 'max', 'defaultValue', 'pattern', 'unique', 'indexed']

// A field being changed that already uses a setting shows them unfolded.
function inUse(draft: FieldDraft): boolean {
  const { min, max, defaultValue, pattern, unique, indexed } = draft
  return Boolean(min || max || defaultValue || pattern || unique || indexed)
}

/**
 * Rarely needed settings, folded away until an admin opens them, or until
 * the server has something to say about one of them.
 */
export function MoreOptions({ draft, onChange, errorOf }: MoreOptionsProps) {
  const { type } = draft
  const options = hasOptions(type) ? optionValues(draft.options) : []
  const [open, setOpen] = useState(() => inUse(draft))
  const refused = SETTINGS.some((name) => errorOf(name))

  return (
    <details
      className="field-wide more-options"
      open={open || refused}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>More options</summary>
      <div className="form-grid">
        {hasRange(type) && (
          <>
            <FormRow label="Smallest value" error={errorOf('min')}>
              <input
                id="cf-min"
                name="min"
                inputMode="decimal"
                value={draft.min}
                onChange={(e) => onChange({ min: e.target.value })}
              />
            </FormRow>
            <FormRow label="Largest value" error={errorOf('max')}>
              <input
                id="cf-max"
                name="max"
                inputMode="decimal"
                value={draft.max}
                onChange={(e) => onChange({ max: e.target.value })}
              />
            </FormRow>
          </>
        )}
        {takesDefault(type) && (
          <FormRow label="Default value" error={errorOf('defaultValue')}>
            <DefaultValueInput
              id="cf-defaultValue"
              type={type}
              options={options}
              value={draft.defaultValue}
              onChange={(defaultValue) => onChange({ defaultValue })}
            />
          </FormRow>
        )}
        {type === 'text' && (
          <FormRow
            label="Pattern"
            error={errorOf('pattern')}
            help="A regular expression the whole value must match."
          >
            <input
              id="cf-pattern"
              name="pattern"
              value={draft.pattern}
              onChange={(e) => onChange({ pattern: e.target.value })}
            />
          </FormRow>
        )}
        <div className="field-wide option-checks">
          <label className="inline-field">
            <input
              type="checkbox"
              name="unique"
              checked={draft.unique}
              onChange={(e) => onChange({ unique: e.target.checked })}
            />
            Unique: no two records share a value
          </label>
          <label className="inline-field">
            <input
              type="checkbox"
              name="indexed"
              checked={draft.indexed}
              onChange={(e) => onChange({ indexed: e.target.checked })}
            />
            Indexed: quicker filters on many records
          </label>
          {['unique', 'indexed'].map((name) => {
            const message = errorOf(name)
            return message ? (
              <span key={name} className="field-error" role="alert">
                {message}
              </span>
            ) : null
          })}
        </div>
      </div>
    </details>
  )
}
