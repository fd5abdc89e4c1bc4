import type { Role } from '@/shared/api/roles'

interface RoleTableProps {
  roles: Role[]
  selected: string | undefined
  onSelect: (role: Role) => void
}

export function RoleTable({ roles, selected, onSelect }: RoleTableProps) {
  return (
    <section className="card card-flush">
      <table className="simple-table role-table">
        <thead>
          <tr>
            <th>Role</th>
            <th>Description</th>
            <th>Key</th>
          </tr>
        </thead>
        <tbody>
          {roles.map((role) => (
            <tr
              key={role.id}
              data-testid="role-row"
              data-role-key={role.key}
              aria-selected={role.key === selected}
              className={role.key === selected ? 'row-selected' : undefined}
            >
              <td>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onSelect(role)}
                >
                  {role.name}
                </button>{' '}
                {role.builtIn && (
                  <span className="badge badge-name">Built-in</span>
                )}
              </td>
              <td className="muted">{role.description}</td>
              <td>
                <code>{role.key}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
