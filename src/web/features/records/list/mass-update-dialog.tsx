import { useState } from 'react'
import { useToast } from '@/app/toast'
import type { RecordType } from '@/shared/api/record-types'
import { Modal } from '@/shared/ui/modal'
import { useMassUpdate } from '../api/mass-update'
import { FieldInput } from '../form/field-input'
import {
  editableFields,
  type FormValue,
  toPayloadValue,
} from '../form/form-values'

interface MassUpdateDialogProps {
  recordType: RecordType
  types: RecordType[]
  ids: string[]
  onDone: () => void
  onClose: () => void
}

const emptyFor = (type: string): FormValue =>
  type === 'boolean'
    ? false
    : type === 'multiselect' || type === 'refs'
      ? []
      : ''

/** Sets one field to one value on every selected record. */
export function MassUpdateDialog(props: MassUpdateDialogProps) {
  const { recordType, ids } = props
  const fields = editableFields(recordType.fields)
  const [name, setName] = useState(fields[0]?.name ?? '')
  const field = fields.find((f) => f.name === name)
  const [value, setValue] = useState<FormValue>(emptyFor(field?.type ?? ''))
  const update = useMassUpdate()
  const toast = useToast()
  const count = ids.length
  const noun = count === 1 ? recordType.label : recordType.pluralLabel

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault()
    if (!field) return
    update.mutate(
      {
        plural: recordType.plural,
        ids,
        values: { [field.name]: toPayloadValue(field, value) },
      },
      {
        onSuccess: () => {
          toast(`${count} ${noun.toLowerCase()} changed`, 'success')
          props.onDone()
        },
      },
    )
  }

  return (
    <Modal
      title={`Change ${count} ${noun.toLowerCase()}`}
      onClose={props.onClose}
    >
      <form
        className="record-form"
        aria-label="Change selected"
        onSubmit={onSubmit}
      >
        <div className="field">
          <label htmlFor="mass-update-field">Field</label>
          <select
            id="mass-update-field"
            value={name}
            onChange={(event) => {
              const next = fields.find((f) => f.name === event.target.value)
              setName(event.target.value)
              setValue(emptyFor(next?.type ?? ''))
            }}
          >
            {fields.map((f) => (
              <option key={f.name} value={f.name}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        {field && (
          <div className="field">
            <label htmlFor={`field-${field.name}`}>New value</label>
            <FieldInput
              field={{ ...field, required: false }}
              value={value}
              onChange={setValue}
              types={props.types}
              invalid={Boolean(update.error)}
              emptyLabel="— (clear it)"
            />
          </div>
        )}
        {update.error && (
          <p className="field-error" role="alert">
            {update.error.message}
          </p>
        )}
        <footer className="form-actions">
          <button type="button" className="button" onClick={props.onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={!field || update.isPending}
          >
            {update.isPending ? 'Changing…' : `Change ${count}`}
          </button>
        </footer>
      </form>
    </Modal>
  )
}
