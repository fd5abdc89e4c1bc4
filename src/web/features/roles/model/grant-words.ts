import type { Ability, RecordAction, Scope } from '@/shared/api/roles'

export const ACTION_LABELS: Record<RecordAction, string> = {
  view: 'View',
  create: 'Create',
  edit: 'Edit',
  delete: 'Delete',
  restore: 'Restore',
  view_audit: 'History',
  export: 'Export',
  import: 'Import',
  mass_update: 'Mass update',
  assign: 'Assign',
}

export const SCOPE_LABELS: Record<Scope, string> = {
  none: 'None',
  own: 'Own',
  team: 'Team',
  region: 'Region',
  manager: 'Reports',
  all: 'All',
}

/** What each scope reaches, for the matrix's legend. */
export const SCOPE_HELP: Record<Scope, string> = {
  none: 'no records',
  own: 'records the user owns or created',
  team: "records owned by anyone in the user's team",
  region: "records owned by anyone in the user's region",
  manager: 'records owned by the user or anyone who reports to them',
  all: 'every record of the type',
}

export const ABILITY_LABELS: Record<Ability, string> = {
  manage_users: 'Manage users',
  manage_settings: 'Manage settings',
}
