import { useState } from 'react'
import { useCurrentUser } from '@/shared/api/session'
import { useUsers } from '@/shared/api/users'
import { ErrorState, Loading } from '@/shared/ui/states'
import { SetPasswordForm } from './set-password-form'
import { UserRolesCell } from './user-roles-cell'

export function UsersPage() {
  const users = useUsers()
  const me = useCurrentUser()
  const [editing, setEditing] = useState<string | null>(null)
  const isAdmin = me?.role === 'admin'
  const nameOf = (id: string | null) =>
    users.data?.find((user) => user.id === id)?.name ?? ''

  if (users.isPending) return <Loading />
  if (users.error) return <ErrorState error={users.error} />

  return (
    <section className="page">
      <header className="page-header">
        <h1>Users</h1>
      </header>
      <div className="card card-flush">
        <table className="simple-table">
          <thead>
            <tr>
              <th>Name</th>
              <th>Email</th>
              <th>Workspace role</th>
              {isAdmin && <th>Roles</th>}
              <th>Status</th>
              <th>Manager</th>
              {isAdmin && <th aria-label="Actions" />}
            </tr>
          </thead>
          <tbody>
            {users.data.map((user) => (
              <tr key={user.id} data-testid="user-row" data-user-id={user.id}>
                <td>{user.name}</td>
                <td>{user.email}</td>
                <td className="capitalize">{user.role}</td>
                {isAdmin && (
                  <td>
                    <UserRolesCell user={user} />
                  </td>
                )}
                <td>
                  <span className={`badge badge-${user.status}`}>
                    {user.status}
                  </span>
                </td>
                <td>{nameOf(user.manager_id)}</td>
                {isAdmin && (
                  <td className="actions-cell">
                    {editing === user.id ? (
                      <SetPasswordForm
                        user={user}
                        onDone={() => setEditing(null)}
                      />
                    ) : (
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => setEditing(user.id)}
                      >
                        Set password
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
