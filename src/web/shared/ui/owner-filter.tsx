import { useUsers } from '@/shared/api/users'

interface OwnerFilterProps {
  value: string
  onChange: (value: string) => void
  anyLabel?: string
}

/** '' means any owner, 'me' the signed-in user, otherwise a user id. */
export function OwnerFilter({
  value,
  onChange,
  anyLabel = 'Any owner',
}: OwnerFilterProps) {
  const users = useUsers()

  return (
    <label className="filter-field">
      <span>Owner</span>
      <select
        name="owner"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{anyLabel}</option>
        <option value="me">Me</option>
        {users.data?.map((user) => (
          <option key={user.id} value={user.id}>
            {user.name}
          </option>
        ))}
      </select>
    </label>
  )
}
