import { useQuery } from '@tanstack/react-query'
import { api, setCsrfToken } from '@/app/api-client'
import { ApiError } from '@/app/api-error'

export interface SessionUser {
  id: string
  name: string
  email: string
  role: 'admin' | 'member'
}

export interface Session {
  user: SessionUser
  tenant: { id: string; slug?: string; name: string; currency?: string }
  /** What the user may administer: manage_users, manage_settings. */
  abilities?: string[]
  csrfToken: string
}

export const sessionKey = ['session'] as const

export async function getSession(): Promise<Session | null> {
  try {
    const session = await api<Session>('/auth/session')
    setCsrfToken(session.csrfToken)
    return session
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null
    throw error
  }
}

export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: getSession,
    staleTime: Number.POSITIVE_INFINITY,
  })
}

export function useCurrentUser(): SessionUser | undefined {
  return useSession().data?.user
}

/** Whether the signed-in user may administer users or settings. */
export function useAbility(ability: 'manage_users' | 'manage_settings') {
  return useSession().data?.abilities?.includes(ability) ?? false
}

export function useWorkspaceCurrency(): string {
  return useSession().data?.tenant.currency ?? 'USD'
}
