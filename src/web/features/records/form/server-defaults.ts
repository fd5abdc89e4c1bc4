import type { FieldMeta } from '@/shared/api/record-types'
import type { SessionUser } from '@/shared/api/session'

/**
 * What an empty input stands for on a new record. The server makes the
 * signed-in user the owner when none is given, so the form says so.
 */
export function emptyLabel(
  field: FieldMeta,
  creating: boolean,
  user: SessionUser | undefined,
): string | undefined {
  if (creating && field.name === 'owner_id' && user) {
    return `You (${user.name})`
  }
  return undefined
}
