export type UserRole = 'admin' | 'member'

/** Who is acting: a signed-in user, a script with an API token, or Rapport. */
export interface Actor {
  tenantId: string
  userId: string | null
  role: UserRole
  via: 'session' | 'token' | 'system'
}

export function systemActor(tenantId: string): Actor {
  return { tenantId, userId: null, role: 'admin', via: 'system' }
}
