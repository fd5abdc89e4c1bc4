import { useQuery } from '@tanstack/react-query'
import { api } from '@/app/api-client'

// The words of the roles API, as the server spells them.

export const RECORD_ACTIONS = [
  'view',
  'create',
  'edit',
  'delete',
  'restore',
  'view_audit',
  'export',
  'import',
  'mass_update',
  'assign',
] as const

export type RecordAction = (typeof RECORD_ACTIONS)[number]

/** Narrowest first, as the server orders them. */
export const SCOPES = [
  'none',
  'own',
  'team',
  'region',
  'manager',
  'all',
] as const

export type Scope = (typeof SCOPES)[number]

export const ABILITIES = ['manage_users', 'manage_settings'] as const

export type Ability = (typeof ABILITIES)[number]

export interface Grant {
  /** A record type's name, or '*' for every type the role names no rule for. */
  recordType: string
  action: RecordAction
  scope: Scope
}

export interface Role {
  id: string
  key: string
  name: string
  description: string | null
  builtIn: boolean
  abilities: Ability[]
  grants: Grant[]
}

export interface RoleInput {
  key: string
  name: string
  description?: string
  abilities: Ability[]
  grants: Grant[]
}

export type RoleChange = Partial<Omit<RoleInput, 'key'>>

export const rolesKey = ['roles'] as const

async function listRoles(): Promise<Role[]> {
  const body = await api<{ data: Role[] }>('/roles')
  return body.data
}

export function useRoles() {
  return useQuery({ queryKey: rolesKey, queryFn: listRoles })
}
