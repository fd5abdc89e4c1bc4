import { useState } from 'react'
import { errorMessage } from '@/app/api-error'
import { useToast } from '@/app/toast'
import type { RecordType } from '@/shared/api/record-types'
import type { CustomField } from '../api/custom-field'
import { useRetireCustomField } from '../api/retire-custom-field'
import { TYPE_LABELS } from '../field-types'
import { fieldDetails } from '../model/field-details'
import { EditFieldForm } from './edit-field-form'

const COLUMNS = 6

interface CustomFieldTableProps {
  recordType: string
  title: string
  fields: CustomField[]
  types: RecordType[]
  canChange: boolean
  /** The field whose Edit form is open, if it is in this table. */
  editing: string | null
  onEdit: (id: string | null) => void
}

interface Refusal {
  id: string
  message: string
}

export function CustomFieldTable(props: CustomFieldTableProps) {
  const { title, fields, canChange, editing, onEdit } = props
  const retire = useRetireCustomField()
  const toast = useToast()
  // Why the server kept a field, e.g. a formula reads it; stays in view
  // beside the field until the next try.
  const [refusal, setRefusal] = useState<Refusal | null>(null)

  const onRetire = (field: CustomField) => {
    const question =
      `Retire “${field.label}”? It leaves forms and lists; ` +
      'values already stored stay in the history.'
    if (!window.confirm(question)) return
    setRefusal(null)
    retire.mutate(field.id, {
      onSuccess: () => toast(`${field.label} retired`, 'success'),
      onError: (error) =>
        setRefusal({ id: field.id, message: errorMessage(error) }),
    })
  }

  const actions = (field: CustomField) => (
    <td className="actions-cell">
      <button
        type="button"
        className="button button-small"
        aria-label={`Edit ${field.label}`}
        onClick={() => onEdit(field.id)}
      >
        Edit
      </button>
      <button
        type="button"
        className="button button-small button-danger"
        aria-label={`Retire ${field.label}`}
        disabled={retire.isPending}
        onClick={() => onRetire(field)}
      >
        Retire
      </button>
    </td>
  )

  return (
    <section className="card card-flush" data-record-type={props.recordType}>
      <h2 className="card-title">{title}</h2>
      <table className="simple-table">
        <thead>
          <tr>
            <th>Label</th>
            <th>API name</th>
            <th>Type</th>
            <th>Required</th>
            <th>Details</th>
            {canChange && <th aria-label="Actions" />}
          </tr>
        </thead>
        {fields.map((field) => (
          <tbody key={field.id}>
            <tr data-testid="custom-field-row">
              <td>{field.label}</td>
              <td>
                <code>{field.name}</code>
              </td>
              <td>{TYPE_LABELS[field.type] ?? field.type}</td>
              <td>{field.required ? 'Yes' : 'No'}</td>
              <td>{fieldDetails(field, props.types)}</td>
              {canChange && actions(field)}
            </tr>
            {refusal?.id === field.id && (
              <tr>
                <td colSpan={COLUMNS} className="field-error" role="alert">
                  {field.label} was not retired. {refusal.message}
                </td>
              </tr>
            )}
            {editing === field.id && (
              <tr className="edit-row">
                <td colSpan={COLUMNS}>
                  <EditFieldForm
                    field={field}
                    types={props.types}
                    onDone={() => onEdit(null)}
                  />
                </td>
              </tr>
            )}
          </tbody>
        ))}
      </table>
    </section>
  )
}
