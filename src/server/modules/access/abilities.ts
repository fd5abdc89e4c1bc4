// The typed vocabulary of what can be done. Roles beyond admin and member
// grant these per record type; until then a member may work every record
// and only an admin manages users and settings.

export const RECORD_ACTIONS = [
  'view',
  'create',
  'edit',
  'delete',
  'restore',
  'view_audit',
  // Reading or writing many records at once, and handing records over.
  'export',
  'import',
  'mass_update',
  'assign',
] as const

export type RecordAction = (typeof RECORD_ACTIONS)[number]

export const ADMIN_ACTIONS = ['manage_users', 'manage_settings'] as const

export type AdminAction = (typeof ADMIN_ACTIONS)[number]
