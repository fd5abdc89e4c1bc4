import type { Region } from '@/shared/api/organisation'
import type { User } from '@/shared/api/users'
import { RetireButton } from '@/shared/ui/retire-button'
import { EmptyState } from '@/shared/ui/states'
import { useRetireRegion } from '../api/retire-region'
import { Nobody } from './nobody'
import { RegionForm } from './region-form'

const COLUMNS = 4

interface RegionTableProps {
  regions: Region[]
  users: User[]
  canManage: boolean
  /** The region whose Edit form is open, if any. */
  editing: string | null
  onEdit: (id: string | null) => void
}

export function RegionTable(props: RegionTableProps) {
  const { regions, users, canManage, editing, onEdit } = props
  const retire = useRetireRegion()
  const nameOf = (id: string | null) => users.find((u) => u.id === id)?.name

  if (regions.length === 0) return <EmptyState>No regions yet.</EmptyState>
  return (
    <section className="card card-flush" aria-label="Regions">
      <h2 className="card-title">Regions</h2>
      <table className="simple-table">
        <thead>
          <tr>
            <th>Region</th>
            <th>Manager</th>
            <th>Teams</th>
            {canManage && <th aria-label="Actions" />}
          </tr>
        </thead>
        {regions.map((region) => (
          <tbody key={region.id}>
            <tr data-testid="region-row" data-region-id={region.id}>
              <td>{region.name}</td>
              <td>{nameOf(region.manager_id) ?? <Nobody />}</td>
              <td>{region.team_count}</td>
              {canManage && (
                <td className="actions-cell">
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Edit ${region.name}`}
                    onClick={() => onEdit(region.id)}
                  >
                    Edit
                  </button>
                  <RetireButton
                    name={region.name}
                    question={`Retire the region “${region.name}”?`}
                    retire={() => retire.mutateAsync(region.id)}
                  />
                </td>
              )}
            </tr>
            {editing === region.id && (
              <tr className="edit-row">
                <td colSpan={COLUMNS}>
                  <RegionForm
                    region={region}
                    users={users}
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
