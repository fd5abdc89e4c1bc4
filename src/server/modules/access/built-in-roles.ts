import {
  ADMIN_ACTIONS,
  type AdminAction,
  RECORD_ACTIONS,
  type RecordAction,
} from './abilities.js'
import type { Scope } from './scopes.js'

export interface GrantSpec {
  /** A record type's name, or '*' for every type the role names no rule for. */
  recordType: string
  action: RecordAction
  scope: Scope
}

export interface RoleSpec {
  key: string
  name: string
  description: string
  abilities: AdminAction[]
  grants: GrantSpec[]
}

function every(scope: Scope, recordType = '*'): GrantSpec[] {
  return RECORD_ACTIONS.map((action) => ({ recordType, action, scope }))
}

function only(
  actions: RecordAction[],
  scope: Scope,
  recordType = '*',
): GrantSpec[] {
  return actions.map((action) => ({ recordType, action, scope }))
}

// The product catalogue is read by everyone and kept by finance: a role's
// grant on every type must not let a rep add or change products.
const CATALOGUE: GrantSpec[] = RECORD_ACTIONS.map((action) => ({
  recordType: 'product',
  action,
  scope: action === 'view' || action === 'export' ? 'all' : 'none',
}))

/** The roles every workspace has; administrators add more. */
export const BUILT_IN_ROLES: RoleSpec[] = [
  {
    key: 'administrator',
    name: 'Administrator',
    description: 'Everything, including users and settings',
    abilities: [...ADMIN_ACTIONS],
    grants: every('all'),
  },
  {
    key: 'member',
    name: 'Member',
    description: 'Works every record; cannot manage users or settings',
    abilities: [],
    grants: every('all'),
  },
  {
    key: 'sales_rep',
    name: 'Sales rep',
    description: 'Their own records',
    abilities: [],
    grants: [...every('own'), ...CATALOGUE],
  },
  {
    key: 'sales_manager',
    name: 'Sales manager',
    description: 'The records of everyone who reports to them',
    abilities: [],
    grants: [...every('manager'), ...CATALOGUE],
  },
  {
    key: 'regional_manager',
    name: 'Regional manager',
    description: 'The records of everyone in their region',
    abilities: [],
    grants: [...every('region'), ...CATALOGUE],
  },
  {
    key: 'finance',
    name: 'Finance',
    description: 'Sees everything; changes opportunities and products',
    abilities: [],
    grants: [
      ...only(['view', 'view_audit', 'export'], 'all'),
      ...only(['view', 'edit', 'view_audit', 'export'], 'all', 'opportunity'),
      ...only(['view', 'create', 'edit'], 'all', 'product'),
    ],
  },
  {
    key: 'support',
    name: 'Support',
    description: 'Sees customers; logs and works their own activities',
    abilities: [],
    grants: [
      ...only(['view'], 'all', 'account'),
      ...only(['view'], 'all', 'contact'),
      ...only(['view'], 'all', 'account_contact'),
      ...only(['view'], 'all', 'activity'),
      ...only(['create', 'edit'], 'own', 'activity'),
      ...CATALOGUE,
    ],
  },
  {
    key: 'partner',
    name: 'Partner (read-only)',
    description: 'Reads the records they own',
    abilities: [],
    grants: [...only(['view'], 'own'), ...CATALOGUE],
  },
]

/** The role a user has when none is given: by their workspace role. */
export function defaultRoleKey(role: 'admin' | 'member'): string {
  return role === 'admin' ? 'administrator' : 'member'
}
