import type { User } from '@/shared/api/users'

/**
 * Who may be picked as a manager: users still at work, and whoever
 * manages now even if they have since been disabled.
 */
export function managerChoices(users: User[], current: string | null) {
  return users.filter((u) => u.status !== 'disabled' || u.id === current)
}
