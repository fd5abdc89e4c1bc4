import { errorMessage } from '@/app/api-error'
import { useToast } from '@/app/toast'
import type { RecordType } from '@/shared/api/record-types'
import type { CustomField } from '../api/custom-field'
import { useRetireCustomField } from '../api/retire-custom-field'
import { TYPE_LABELS } from '../field-types'
import { fieldDetails } from '../model/field-details'

interface CustomFieldTableProps {
  recordType: string
  title: string
  fields: CustomField[]
  types: RecordType[]
  canRetire: boolean
}

export function CustomFieldTable(props: CustomFieldTableProps) {
  const { title, fields, canRetire } = props
  const retire = useRetireCustomField()
  const toast = useToast()

  const onRetire = (field: CustomField) => {
    const question =
      `Retire “${field.label}”? It leaves forms and lists; ` +
      'values already stored stay in the history.'
    if (!window.confirm(question)) return
    retire.mutate(field.id, {
      onSuccess: () => toast(`${field.label} retired`, 'success'),
      onError: (error) => toast(errorMessage(error), 'error'),
    })
  }

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
            {canRetire && <th aria-label="Actions" />}
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field.id} data-testid="custom-field-row">
              <td>{field.label}</td>
              <td>
                <code>{field.name}</code>
              </td>
              <td>{TYPE_LABELS[field.type] ?? field.type}</td>
              <td>{field.required ? 'Yes' : 'No'}</td>
              <td>{fieldDetails(field, props.types)}</td>
              {canRetire && (
                <td className="actions-cell">
                  <button
                    type="button"
                    className="button button-small button-danger"
                    disabled={retire.isPending}
                    onClick={() => onRetire(field)}
                  >
                    Retire
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
