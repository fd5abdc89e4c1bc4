import type { Rights } from './rights.js'

export type UserRole = 'admin' | 'member'

/** Who is acting: a signed-in user, a script with an API token, or Rapport. */
export interface Actor {
  tenantId: string
  userId: string | null
  role: UserRole
  via: 'session' | 'token' | 'system'
  /** What they may do, loaded in their request's tenant transaction. */
  rights?: Rights
}

export function systemActor(tenantId: string): Actor {
  return { tenantId, userId: null, role: 'admin', via: 'system' }
}
