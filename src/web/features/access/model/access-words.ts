import type { AccessReason, HeldRole } from '@/shared/api/access'
import type { RecordAction } from '@/shared/api/roles'

export const ACTION_WORDS: Record<RecordAction, string> = {
  view: 'View',
  create: 'Create',
  edit: 'Edit',
  delete: 'Delete',
  restore: 'Restore from the trash',
  view_audit: 'See the change history',
  export: 'Export',
  import: 'Import',
  mass_update: 'Change many at once',
  assign: 'Give to another owner',
}

const REACH: Record<string, string> = {
  own: 'their own records',
  team: "their team's records",
  region: "their region's records",
  manager: "their reports' records",
  all: 'every record',
}

/**
 * One role's rule in plain words, e.g. "Sales rep gives their own
 * records of every type — the user neither owns nor created this record."
 */
export function reasonSentence(reason: AccessReason, typeLabel: string) {
  const reach = REACH[reason.scope] ?? reason.scope
  const among = reason.recordType === '*' ? 'of every type' : `of ${typeLabel}`
  return `${reason.role} gives ${reach} ${among} — ${reason.why}.`
}

export function deniedWithoutRule(typeLabel: string) {
  return `None of their roles allows this on ${typeLabel}.`
}

const VIA: Record<HeldRole['via'], string> = {
  user: 'given to them',
  team: 'through their team',
  default: 'the default for their workspace role',
}

export function heldRoleWords(role: HeldRole) {
  return `${role.name} (${VIA[role.via]})`
}
