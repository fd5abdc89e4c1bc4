import type { HeldRole } from '@/shared/api/access'

const DEFAULT_FOR = { admin: 'Administrator', member: 'Member' }

interface HeldRolesProps {
  roles: HeldRole[] | null | undefined
  workspaceRole: 'admin' | 'member'
}

/**
 * The roles a user works by. With none given to them or their team, they
 * work by the default of their workspace role, and the cell says so.
 */
export function HeldRoles({ roles, workspaceRole }: HeldRolesProps) {
  if (!roles) return <span className="muted">—</span>
  const given = roles.filter((role) => role.via !== 'default')
  if (given.length === 0) {
    return (
      <span className="muted" data-testid="default-role">
        Default: {DEFAULT_FOR[workspaceRole]}
      </span>
    )
  }

  return (
    <span className="role-chips">
      {given.map((role) => (
        <span
          key={role.key}
          className="badge badge-name"
          title={role.via === 'team' ? "Through the user's team" : undefined}
        >
          {role.name}
          {role.via === 'team' ? ' (team)' : ''}
        </span>
      ))}
    </span>
  )
}
