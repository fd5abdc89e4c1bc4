import { useQuery } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import type { RecordAction } from './roles'

export interface HeldRole {
  key: string
  name: string
  /** Given to the user, to their team, or theirs by workspace role. */
  via: 'user' | 'team' | 'default'
}

export interface AccessReason {
  role: string
  recordType: string
  scope: string
  /** Whether this rule reaches this very record. */
  matches: boolean
  why: string
}

export interface ActionAccess {
  allowed: boolean
  because: AccessReason[]
}

export interface Access {
  userId: string
  roles: HeldRole[]
  record: { id: string; ownerId: string | null }
  actions: Record<RecordAction, ActionAccess>
}

export const accessKey = (plural: string, id: string, user?: string) =>
  ['access', plural, id, user ?? 'me'] as const

/** Why a user (the signed-in one unless named) may or may not act. */
export async function getAccess(
  plural: string,
  id: string,
  user?: string,
): Promise<Access> {
  const body = await api<{ data: Access }>(`/${plural}/${id}/access`, {
    query: { user },
  })
  return body.data
}

export function useAccess(plural: string, id: string, user?: string) {
  return useQuery({
    queryKey: accessKey(plural, id, user),
    queryFn: () => getAccess(plural, id, user),
  })
}
