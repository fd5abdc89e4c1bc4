import type { User } from '@/shared/api/users'
import { EditUserForm } from './edit-user-form'
import { SetPasswordForm } from './set-password-form'
import { UserRolesCell } from './user-roles-cell'

/** What the row has open: nothing, the edit form or the password form. */
export type RowMode = 'edit' | 'password' | null

interface UserRowProps {
  user: User
  users: User[]
  teamName: string | undefined
  isAdmin: boolean
  mode: RowMode
  onMode: (mode: RowMode) => void
}

export function UserRow(props: UserRowProps) {
  const { user, users, isAdmin, mode, onMode } = props
  const manager = users.find((u) => u.id === user.manager_id)
  const columns = isAdmin ? 7 : 5

  return (
    <tbody>
      <tr data-testid="user-row" data-user-id={user.id}>
        <td>
          {user.name}
          {user.title && <div className="muted">{user.title}</div>}
        </td>
        <td>{user.email}</td>
        <td className="capitalize">{user.role}</td>
        {isAdmin && (
          <td>
            <UserRolesCell user={user} />
          </td>
        )}
        <td>
          <span className={`badge badge-${user.status}`}>{user.status}</span>
        </td>
        <td>
          <span data-testid="user-team">{props.teamName ?? ''}</span>
          {manager && (
            <div className="muted" data-testid="user-manager">
              Reports to {manager.name}
            </div>
          )}
        </td>
        {isAdmin && (
          <td className="actions-cell">
            {mode === 'password' ? (
              <SetPasswordForm user={user} onDone={() => onMode(null)} />
            ) : (
              <>
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Edit ${user.name}`}
                  onClick={() => onMode('edit')}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => onMode('password')}
                >
                  Set password
                </button>
              </>
            )}
          </td>
        )}
      </tr>
      {mode === 'edit' && (
        <tr className="edit-row">
          <td colSpan={columns}>
            <EditUserForm
              user={user}
              users={users}
              onDone={() => onMode(null)}
            />
          </td>
        </tr>
      )}
    </tbody>
  )
}
