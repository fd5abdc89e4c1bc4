import { useState } from 'react'
import { useToast } from '@/app/toast'
import type { RecordType } from '@/shared/api/record-types'
import { useAddCustomField } from '../api/add-custom-field'
import {
  CUSTOMIZABLE_TYPES,
  type CustomFieldType,
  type CustomizableType,
} from '../api/custom-field'
import { FIELD_TYPES, hasOptions, TYPE_LABELS, toApiName } from '../field-types'
import { formErrors } from './form-errors'
import { FormRow } from './form-row'
import {
  newOption,
  type OptionDraft,
  OptionsEditor,
  optionValues,
} from './options-editor'

interface AddFieldFormProps {
  types: RecordType[]
  onDone: () => void
}

export function AddFieldForm({ types, onDone }: AddFieldFormProps) {
  const [recordType, setRecordType] = useState<CustomizableType>('account')
  const [label, setLabel] = useState('')
  const [name, setName] = useState<string | null>(null)
  const [type, setType] = useState<CustomFieldType>('text')
  const [required, setRequired] = useState(false)
  const [helpText, setHelpText] = useState('')
  const [options, setOptions] = useState<OptionDraft[]>(() => [newOption()])
  const add = useAddCustomField()
  const toast = useToast()
  const apiName = name ?? toApiName(label)
  const errors = formErrors(add.error)

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const input = {
      recordType,
      label: label.trim(),
      name: apiName,
      type,
      required,
      helpText: helpText.trim() || undefined,
      options: hasOptions(type) ? optionValues(options) : [],
    }
    add.mutate(input, {
      onSuccess: (field) => {
        toast(`${field.label} added`, 'success')
        onDone()
      },
    })
  }

  const labelOf = (key: string) =>
    types.find((t) => t.name === key)?.label ?? key

  return (
    <form className="card record-form" aria-label="Add field" onSubmit={submit}>
      <h2 className="card-title">Add field</h2>
      <div className="form-grid">
        <FormRow label="Record type" error={errors.of('recordType')}>
          <select
            id="cf-recordType"
            name="recordType"
            value={recordType}
            onChange={(e) => setRecordType(e.target.value as CustomizableType)}
          >
            {CUSTOMIZABLE_TYPES.map((key) => (
              <option key={key} value={key}>
                {labelOf(key)}
              </option>
            ))}
          </select>
        </FormRow>
        <FormRow label="Type" error={errors.of('type')}>
          <select
            id="cf-type"
            name="type"
            value={type}
            onChange={(e) => setType(e.target.value as CustomFieldType)}
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
            value={label}
            required
            onChange={(e) => setLabel(e.target.value)}
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
            value={apiName}
            required
            onChange={(e) => setName(e.target.value)}
          />
        </FormRow>
        <FormRow label="Help text" error={errors.of('helpText')} wide>
          <input
            id="cf-helpText"
            name="helpText"
            value={helpText}
            onChange={(e) => setHelpText(e.target.value)}
          />
        </FormRow>
        <label className="inline-field">
          <input
            type="checkbox"
            name="required"
            checked={required}
            onChange={(e) => setRequired(e.target.checked)}
          />
          Required
        </label>
        {hasOptions(type) && (
          <OptionsEditor
            options={options}
            onChange={setOptions}
            errors={errors.options}
          />
        )}
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
