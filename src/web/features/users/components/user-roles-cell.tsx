import { useState } from 'react'
import { useRoles } from '@/shared/api/roles'
import type { User } from '@/shared/api/users'
import { useUserRoles } from '../api/get-user-roles'
import { HeldRoles } from './held-roles'
import { UserRolesForm } from './user-roles-form'

/** A user's roles, and for an administrator the means to change them. */
export function UserRolesCell({ user }: { user: User }) {
  const held = useUserRoles(user.id, true)
  const roles = useRoles()
  const [editing, setEditing] = useState(false)

  if (editing && held.data && roles.data) {
    return (
      <UserRolesForm
        user={user}
        roles={roles.data}
        held={held.data}
        onDone={() => setEditing(false)}
      />
    )
  }

  return (
    <div className="role-chips" data-testid="user-roles">
      <HeldRoles roles={held.data} workspaceRole={user.role} />
      {held.data && (
        <button
          type="button"
          className="button button-small"
          aria-label={`Change roles of ${user.name}`}
          onClick={() => setEditing(true)}
        >
          Change
        </button>
      )}
    </div>
  )
}
