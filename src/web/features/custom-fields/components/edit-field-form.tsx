import { useState } from 'react'
import { useToast } from '@/app/toast'
import type { RecordType } from '@/shared/api/record-types'
import { formErrors } from '@/shared/form/form-errors'
import { FormRow } from '@/shared/form/form-row'
import { useChangeCustomField } from '../api/change-custom-field'
import type { CustomField, CustomFieldType } from '../api/custom-field'
import { FIELD_TYPES, TYPE_LABELS } from '../field-types'
import { draftFromField } from '../model/draft-from-field'
import { fieldChange } from '../model/field-change'
import type { FieldDraft } from '../model/field-draft'
import { DEFINITION_PLACES, DefinitionInputs } from './definition-inputs'

const PLACED = ['label', 'type', ...DEFINITION_PLACES]

interface EditFieldFormProps {
  field: CustomField
  types: RecordType[]
  onDone: () => void
}

/**
 * Changes a field in place. Every type is offered: the server converts
 * the stored values or says why it cannot, and that shows beside Type.
 */
export function EditFieldForm({ field, types, onDone }: EditFieldFormProps) {
  const [before] = useState(() => draftFromField(field))
  const [draft, setDraft] = useState(before)
  const change = useChangeCustomField()
  const toast = useToast()
  const errors = formErrors(change.error, PLACED)
  const set = (patch: Partial<FieldDraft>) =>
    setDraft((current) => ({ ...current, ...patch }))

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const changed = fieldChange(before, draft)
    if (Object.keys(changed).length === 0) return onDone()
    change.mutate(
      { id: field.id, change: changed },
      {
        onSuccess: (saved) => {
          toast(`${saved.label} changed`, 'success')
          onDone()
        },
      },
    )
  }

  return (
    <form
      className="card record-form"
      aria-label="Edit field"
      onSubmit={submit}
    >
      <h2 className="card-title">
        Edit {field.label} <code className="muted">{field.name}</code>
      </h2>
      <div className="form-grid">
        <FormRow label="Type" error={errors.of('type')}>
          <select
            id="cf-edit-type"
            name="type"
            value={draft.type}
            onChange={(e) => set({ type: e.target.value as CustomFieldType })}
          >
            {FIELD_TYPES.map((key) => (
              <option key={key} value={key}>
                {TYPE_LABELS[key]}
              </option>
            ))}
          </select>
        </FormRow>
        <FormRow label="Label" error={errors.of('label')}>
          <input
            id="cf-edit-label"
            name="label"
            value={draft.label}
            required
            onChange={(e) => set({ label: e.target.value })}
          />
        </FormRow>
        <DefinitionInputs
          types={types}
          draft={draft}
          onChange={set}
          errors={errors}
          existing={field.name}
        />
      </div>
      {errors.rest.length > 0 && (
        <div className="form-error" role="alert">
          {errors.rest.join(' ')}
        </div>
      )}
      <footer className="form-actions">
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button
          type="submit"
          className="button button-primary"
          disabled={change.isPending}
        >
          Save changes
        </button>
      </footer>
    </form>
  )
}
