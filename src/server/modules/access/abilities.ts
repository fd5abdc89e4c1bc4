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
] as const

export type RecordAction = (typeof RECORD_ACTIONS)[number]

export const ADMIN_ACTIONS = ['manage_users', 'manage_settings'] as const

export type AdminAction = (typeof ADMIN_ACTIONS)[number]
