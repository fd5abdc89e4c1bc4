import { Link } from 'react-router-dom'
import { errorMessage } from '@/app/api-error'
import { useToast } from '@/app/toast'
import type { CustomObject } from '../api/custom-object'
import { useRetireCustomObject } from '../api/retire-custom-object'

interface CustomObjectTableProps {
  objects: CustomObject[]
  canRetire: boolean
}

export function CustomObjectTable({
  objects,
  canRetire,
}: CustomObjectTableProps) {
  const retire = useRetireCustomObject()
  const toast = useToast()

  const onRetire = (object: CustomObject) => {
    const question =
      `Retire “${object.labelPlural}”? The object leaves the navigation, ` +
      'lists and forms; its records and their history are kept.'
    if (!window.confirm(question)) return
    retire.mutate(object.id, {
      onSuccess: () => toast(`${object.labelPlural} retired`, 'success'),
      onError: (error) => toast(errorMessage(error), 'error'),
    })
  }

  return (
    <section className="card card-flush">
      <table className="simple-table">
        <thead>
          <tr>
            <th>Label</th>
            <th>Plural label</th>
            <th>API name</th>
            <th>Address</th>
            {canRetire && <th aria-label="Actions" />}
          </tr>
        </thead>
        <tbody>
          {objects.map((object) => (
            <tr key={object.id} data-testid="custom-object-row">
              <td>{object.label}</td>
              <td>
                <Link to={`/${object.plural}`}>{object.labelPlural}</Link>
              </td>
              <td>
                <code>{object.name}</code>
              </td>
              <td>
                <code>/api/v1/{object.plural}</code>
              </td>
              {canRetire && (
                <td className="actions-cell">
                  <button
                    type="button"
                    className="button button-small button-danger"
                    disabled={retire.isPending}
                    onClick={() => onRetire(object)}
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
