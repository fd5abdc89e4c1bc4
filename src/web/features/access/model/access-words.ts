import type { AccessReason, HeldRole } from '@/shared/api/access'
import type { RecordAction } from '@/shared/api/roles'

export const ACTION_WORDS: Record<RecordAction, string> = {
  view: 'View',
  create: 'Create',
  edit: 'Edit',
  delete: 'Delete',
  restore: 'Restore from the trash',
  view_audit: 'See the change history',
}

const REACH: Record<string, string> = {
  own: 'records they own or created',
  team: "their team's records",
  region: "their region's records",
  manager: 'the records of people who report to them',
  all: 'every record',
}

/** One rule as a sentence: "Sales rep reaches records they own …". */
export function reasonSentence(reason: AccessReason, typeLabel: string) {
  const reach = REACH[reason.scope] ?? reason.scope
  const rule =
    reason.recordType === '*'
      ? `its rule for all types: ${reach}`
      : `${reach} among ${typeLabel}`
  return `${reason.role} allows ${rule}; ${reason.why}.`
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
