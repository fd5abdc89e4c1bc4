import type { Session } from '@/shared/api/session'

const WORKSPACE_KEY = 'rapport.workspace'
const LAST_PAGE_PREFIX = 'rapport.lastPage'

// One shared key from before pages were kept per user; it may hold another
// user's record, so it is dropped rather than read.
const LEGACY_LAST_PAGE_KEY = 'rapport.lastPage'

export function rememberedWorkspace(): string {
  return localStorage.getItem(WORKSPACE_KEY) ?? 'demo'
}

export function rememberWorkspace(workspace: string): void {
  localStorage.setItem(WORKSPACE_KEY, workspace)
}

/** The key is per workspace and user: a page never follows another user. */
function lastPageKey(session: Session): string {
  return `${LAST_PAGE_PREFIX}:${session.tenant.id}:${session.user.id}`
}

export function rememberPage(session: Session, path: string): void {
  if (path.startsWith('/sign-in')) return
  localStorage.removeItem(LEGACY_LAST_PAGE_KEY)
  localStorage.setItem(lastPageKey(session), path)
}

/** Drops a remembered page that turned out not to exist any more. */
export function forgetPage(session: Session, path: string): void {
  const key = lastPageKey(session)
  if (localStorage.getItem(key) === path) localStorage.removeItem(key)
}

/** A path inside the app other than its root and the sign-in page. */
function isDeepLink(next: string | null): next is string {
  if (!next?.startsWith('/') || next.startsWith('//')) return false
  return next !== '/' && !next.startsWith('/sign-in')
}

/** An explicit deep link wins; the bare root means "where I left off". */
export function pageAfterSignIn(next: string | null, session: Session): string {
  if (isDeepLink(next)) return next

  return localStorage.getItem(lastPageKey(session)) ?? '/board'
}
