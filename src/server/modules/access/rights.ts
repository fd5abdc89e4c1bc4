import type { FieldDescriptor } from '../../../shared/record-type.js'
import type { AdminAction, RecordAction } from './abilities.js'
import type { Condition } from './conditions.js'
import type { Scope } from './scopes.js'

/** One role's grant as loaded: '*' stands for every type it names no rule for. */
export interface LoadedGrant {
  roleKey: string
  roleName: string
  recordType: string
  action: RecordAction
  scope: Scope
}

/** Whose records a scope reaches, worked out once per request. */
export interface Reach {
  me: string | null
  /** The user's own team: shares with it reach them. */
  teamId: string | null
  team: string[]
  region: string[]
  manager: string[]
}

export type FieldAccess = 'hidden' | 'read_only'

/** A guard that keeps records it matches to owners within a reach. */
export interface ViewGuard {
  name: string
  recordType: string
  when: Condition
  within: Exclude<Scope, 'none' | 'all'>
  exceptRoles: string[]
  /** The fields the condition reads, as the workspace defines them. */
  fields: FieldDescriptor[]
}

/** What a user may do: the union of their roles, and why. */
export interface Rights {
  roles: { key: string; name: string; via: string }[]
  abilities: Set<AdminAction>
  grants: LoadedGrant[]
  reach: Reach
  /**
   * Per record type, the fields every role of the user hides or makes
   * read-only; a field one role leaves editable is editable.
   */
  fields: Record<string, Record<string, FieldAccess>>
  /** Guards on seeing records that this user does not pass by role. */
  viewGuards: ViewGuard[]
  /** Record types of which a record is shared with the user or team. */
  sharedTypes: Set<string>
}

export interface Decision {
  /** Everyone's records of the type. */
  all: boolean
  /** Records owned by these users. */
  ownerIds: string[]
  /** Records the user created. */
  creator: boolean
  /** The roles' grants that decided, the widest first. */
  because: LoadedGrant[]
}

const NONE: Decision = { all: false, ownerIds: [], creator: false, because: [] }

/** Each role's rule for a type and action: its own, else its '*' rule. */
function grantsFor(rights: Rights, type: string, action: RecordAction) {
  const byRole = new Map<string, LoadedGrant>()
  for (const g of rights.grants) {
    if (g.action !== action) continue
    if (g.recordType !== type && g.recordType !== '*') continue
    const held = byRole.get(g.roleKey)
    if (!held || held.recordType === '*') byRole.set(g.roleKey, g)
  }
  return [...byRole.values()].filter((g) => g.scope !== 'none')
}

/** The union of the user's roles for one record type and action. */
export function decide(
  rights: Rights,
  type: string,
  action: RecordAction,
): Decision {
  const grants = grantsFor(rights, type, action)
  if (grants.length === 0) return NONE
  const owners = new Set<string>()
  let creator = false
  for (const g of grants) {
    if (g.scope === 'own' && rights.reach.me) {
      owners.add(rights.reach.me)
      creator = true
    }
    if (g.scope === 'team' || g.scope === 'region' || g.scope === 'manager') {
      for (const id of rights.reach[g.scope]) owners.add(id)
    }
  }
  return {
    all: grants.some((g) => g.scope === 'all'),
    ownerIds: [...owners],
    creator,
    because: grants,
  }
}
