import type { Share, ShareAccess } from '../api/list-shares'

export const ACCESS_LABELS: Record<ShareAccess, string> = {
  read: 'Can view',
  edit: 'Can edit',
}

const dayFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
})

/** Who a share is with, as the list names them; `me` is the reader. */
export function granteeName(share: Share, me?: string): string {
  if (share.user && share.user.id === me) return `${share.user.name} (you)`
  return share.user?.name ?? share.team?.name ?? 'Someone removed'
}

export function untilWords(expiresAt: string | null): string {
  if (!expiresAt) return 'No end date'
  return `Until ${dayFormat.format(new Date(expiresAt))}`
}

/**
 * A share "until" a day lasts through that day in the viewer's time
 * zone: the date input's 'YYYY-MM-DD' becomes the day's last second.
 */
export function endOfDay(day: string): string | null {
  if (!day) return null
  const date = new Date(`${day}T23:59:59`)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}
