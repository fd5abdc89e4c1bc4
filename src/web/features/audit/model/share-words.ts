// The audit keeps a record's shares under the pseudo-field `shared_with`:
// { user | team, access, expiresAt? } before and after, null when none.

export const SHARED_WITH = 'shared_with'

interface ShareValue {
  user?: string
  team?: string
  access?: string
  expiresAt?: string | null
}

const ACCESS: Record<string, string> = { read: 'can view', edit: 'can edit' }

const dayFormat = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
})

/** e.g. "Enterprise (team), can edit until Mar 12, 2099". */
export function shareWords(value: unknown): string | null {
  if (!value || typeof value !== 'object') return null
  const share = value as ShareValue
  const whom = share.user ?? (share.team ? `${share.team} (team)` : 'someone')
  const access = ACCESS[share.access ?? ''] ?? share.access ?? ''
  const until = share.expiresAt
    ? ` until ${dayFormat.format(new Date(share.expiresAt))}`
    : ''
  return `${whom}, ${access}${until}`
}
