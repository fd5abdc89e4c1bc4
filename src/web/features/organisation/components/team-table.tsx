import type { Region, Team } from '@/shared/api/organisation'
import type { User } from '@/shared/api/users'
import { RetireButton } from '@/shared/ui/retire-button'
import { EmptyState } from '@/shared/ui/states'
import { useRetireTeam } from '../api/retire-team'
import { Nobody } from './nobody'
import { TeamForm } from './team-form'

const COLUMNS = 5

interface TeamTableProps {
  teams: Team[]
  regions: Region[]
  users: User[]
  canManage: boolean
  /** The team whose Edit form is open, if any. */
  editing: string | null
  onEdit: (id: string | null) => void
}

export function TeamTable(props: TeamTableProps) {
  const { teams, regions, users, canManage, editing, onEdit } = props
  const retire = useRetireTeam()
  const userName = (id: string | null) => users.find((u) => u.id === id)?.name
  const regionName = (id: string | null) =>
    regions.find((r) => r.id === id)?.name

  if (teams.length === 0) return <EmptyState>No teams yet.</EmptyState>
  return (
    <section className="card card-flush" aria-label="Teams">
      <h2 className="card-title">Teams</h2>
      <table className="simple-table">
        <thead>
          <tr>
            <th>Team</th>
            <th>Region</th>
            <th>Manager</th>
            <th>Members</th>
            {canManage && <th aria-label="Actions" />}
          </tr>
        </thead>
        {teams.map((team) => (
          <tbody key={team.id}>
            <tr data-testid="team-row" data-team-id={team.id}>
              <td>{team.name}</td>
              <td>{regionName(team.region_id) ?? <Nobody />}</td>
              <td>{userName(team.manager_id) ?? <Nobody />}</td>
              <td>{team.member_count}</td>
              {canManage && (
                <td className="actions-cell">
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Edit ${team.name}`}
                    onClick={() => onEdit(team.id)}
                  >
                    Edit
                  </button>
                  <RetireButton
                    name={team.name}
                    question={`Retire the team “${team.name}”?`}
                    retire={() => retire.mutateAsync(team.id)}
                  />
                </td>
              )}
            </tr>
            {editing === team.id && (
              <tr className="edit-row">
                <td colSpan={COLUMNS}>
                  <TeamForm
                    team={team}
                    regions={regions}
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
