const WORKSPACE_KEY = 'rapport.workspace'
const LAST_PAGE_KEY = 'rapport.lastPage'

export function rememberedWorkspace(): string {
  return localStorage.getItem(WORKSPACE_KEY) ?? 'demo'
}

export function rememberWorkspace(workspace: string): void {
  localStorage.setItem(WORKSPACE_KEY, workspace)
}

export function rememberPage(path: string): void {
  if (path.startsWith('/sign-in')) return
  localStorage.setItem(LAST_PAGE_KEY, path)
}

export function pageAfterSignIn(next: string | null): string {
  if (next?.startsWith('/') && !next.startsWith('/sign-in')) return next
  return localStorage.getItem(LAST_PAGE_KEY) ?? '/board'
}
