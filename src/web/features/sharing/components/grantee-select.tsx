import { useTeams } from '@/shared/api/organisation'
import { useCurrentUser } from '@/shared/api/session'
import { useUsers } from '@/shared/api/users'
import { granteeValue } from '../model/grantee'

interface GranteeSelectProps {
  id: string
  value: string
  onChange: (value: string) => void
}

/** People first, then teams; the signed-in user is not offered. */
export function GranteeSelect({ id, value, onChange }: GranteeSelectProps) {
  const me = useCurrentUser()
  const users = useUsers().data ?? []
  const teams = useTeams().data ?? []
  const people = users.filter((u) => u.status === 'active' && u.id !== me?.id)

  return (
    <select
      id={id}
      name="grantee"
      value={value}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">Choose a person or team…</option>
      <optgroup label="People">
        {people.map((user) => (
          <option key={user.id} value={granteeValue('user', user.id)}>
            {user.name}
          </option>
        ))}
      </optgroup>
      {teams.length > 0 && (
        <optgroup label="Teams">
          {teams.map((team) => (
            <option key={team.id} value={granteeValue('team', team.id)}>
              {team.name}
            </option>
          ))}
        </optgroup>
      )}
    </select>
  )
}
