import { useState } from 'react'
import { useToast } from '@/app/toast'
import { formErrors } from '@/shared/form/form-errors'
import { FormRow } from '@/shared/form/form-row'
import { toApiName } from '@/shared/format/api-name'
import { useAddCustomObject } from '../api/add-custom-object'

const PLACED = ['label', 'labelPlural', 'name', 'plural']

export function AddObjectForm({ onDone }: { onDone: () => void }) {
  const [label, setLabel] = useState('')
  const [labelPlural, setLabelPlural] = useState<string | null>(null)
  const [name, setName] = useState<string | null>(null)
  const add = useAddCustomObject()
  const toast = useToast()
  const errors = formErrors(add.error, PLACED)
  const plural = labelPlural ?? (label.trim() ? `${label.trim()}s` : '')
  const apiName = name ?? toApiName(label)

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const input = {
      label: label.trim(),
      labelPlural: plural.trim(),
      name: apiName,
    }
    add.mutate(input, {
      onSuccess: (object) => {
        toast(`${object.labelPlural} added`, 'success')
        onDone()
      },
    })
  }

  return (
    <form
      className="card record-form"
      aria-label="Add object"
      onSubmit={submit}
    >
      <h2 className="card-title">Add object</h2>
      <div className="form-grid">
        <FormRow
          label="Label"
          error={errors.of('label')}
          help="One record, e.g. Configuration."
        >
          <input
            id="co-label"
            name="label"
            value={label}
            required
            onChange={(e) => setLabel(e.target.value)}
          />
        </FormRow>
        <FormRow
          label="Plural label"
          error={errors.of('labelPlural')}
          help="Several, e.g. Configurations."
        >
          <input
            id="co-labelPlural"
            name="labelPlural"
            value={plural}
            required
            onChange={(e) => setLabelPlural(e.target.value)}
          />
        </FormRow>
        <FormRow
          label="API name"
          error={errors.of('name') ?? errors.of('plural')}
          help="Names the object in the API, relations and imports; it cannot change later."
        >
          <input
            id="co-name"
            name="name"
            value={apiName}
            required
            onChange={(e) => setName(e.target.value)}
          />
        </FormRow>
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
          Add object
        </button>
      </footer>
    </form>
  )
}
