import { useState } from 'react'
import { useToast } from '@/app/toast'
import type { RecordType } from '@/shared/api/record-types'
import { formErrors } from '@/shared/form/form-errors'
import { FormRow } from '@/shared/form/form-row'
import { useAddCustomField } from '../api/add-custom-field'
import type { CustomFieldType } from '../api/custom-field'
import { FIELD_TYPES, hasTarget, TYPE_LABELS } from '../field-types'
import {
  apiNameOf,
  type FieldDraft,
  newDraft,
  toInput,
} from '../model/field-draft'
import { fieldHosts } from '../model/field-hosts'
import { relationTargets } from '../model/relation-targets'
import { DEFINITION_PLACES, DefinitionInputs } from './definition-inputs'

// Inputs and groups of inputs that show their own server messages.
const PLACED = [
  'recordType',
  'label',
  'name',
  'type',
  'ref',
  ...DEFINITION_PLACES,
]

interface AddFieldFormProps {
  types: RecordType[]
  onDone: () => void
}

export function AddFieldForm({ types, onDone }: AddFieldFormProps) {
  const hosts = fieldHosts(types)
  const [draft, setDraft] = useState(() => newDraft(hosts[0]?.name ?? ''))
  const add = useAddCustomField()
  const toast = useToast()
  const errors = formErrors(add.error, PLACED)
  const set = (patch: Partial<FieldDraft>) =>
    setDraft((current) => ({ ...current, ...patch }))
  const { type } = draft

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    add.mutate(toInput(draft), {
      onSuccess: (field) => {
        toast(`${field.label} added`, 'success')
        onDone()
      },
    })
  }

  return (
    <form className="card record-form" aria-label="Add field" onSubmit={submit}>
      <h2 className="card-title">Add field</h2>
      <div className="form-grid">
        <FormRow label="Record type" error={errors.of('recordType')}>
          <select
            id="cf-recordType"
            name="recordType"
            value={draft.recordType}
            onChange={(e) => set({ recordType: e.target.value })}
          >
            {hosts.map((host) => (
              <option key={host.name} value={host.name}>
                {host.label}
              </option>
            ))}
          </select>
        </FormRow>
        <FormRow label="Type" error={errors.of('type')}>
          <select
            id="cf-type"
            name="type"
            value={type}
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
            id="cf-label"
            name="label"
            value={draft.label}
            required
            onChange={(e) => set({ label: e.target.value })}
          />
        </FormRow>
        <FormRow
          label="API name"
          error={errors.of('name')}
          help="Used in the API and in imports; it cannot change later."
        >
          <input
            id="cf-name"
            name="name"
            value={apiNameOf(draft)}
            required
            onChange={(e) => set({ name: e.target.value })}
          />
        </FormRow>
        {hasTarget(type) && (
          <FormRow label="Points at" error={errors.of('ref')}>
            <select
              id="cf-ref"
              name="ref"
              value={draft.ref}
              required
              onChange={(e) => set({ ref: e.target.value })}
            >
              <option value="">Choose a record type…</option>
              {relationTargets(types).map((target) => (
                <option key={target.name} value={target.name}>
                  {target.label}
                </option>
              ))}
            </select>
          </FormRow>
        )}
        <DefinitionInputs
          types={types}
          draft={draft}
          onChange={set}
          errors={errors}
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
          disabled={add.isPending}
        >
          Add field
        </button>
      </footer>
    </form>
  )
}
