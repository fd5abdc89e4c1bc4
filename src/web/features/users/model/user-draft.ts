import type { User } from '@/shared/api/users'
import type { UserChange } from '../api/change-user'

export function draftOf(user: User): UserChange {
  return {
    title: user.title,
    role: user.role,
    // An invited user stays invited until given a password.
    status: user.status === 'disabled' ? 'disabled' : 'active',
    team_id: user.team_id,
    manager_id: user.manager_id,
  }
}

/** Only what changed is sent, so an invited user's status stays put. */
export function changedFields(
  user: User,
  draft: UserChange,
): Partial<UserChange> {
  const start = draftOf(user)
  const keys = Object.keys(draft) as (keyof UserChange)[]
  return Object.fromEntries(
    keys.filter((k) => draft[k] !== start[k]).map((k) => [k, draft[k]]),
  )
}
