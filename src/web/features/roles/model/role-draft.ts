import type { Ability, Grant, Role } from '@/shared/api/roles'
import { toApiName } from '@/shared/format/api-name'

export interface RoleDraft {
  name: string
  /** null while the key follows the name. */
  key: string | null
  description: string
  abilities: Ability[]
  grants: Grant[]
}

export const EMPTY_DRAFT: RoleDraft = {
  name: '',
  key: null,
  description: '',
  abilities: [],
  grants: [],
}

export function draftFromRole(role: Role): RoleDraft {
  return {
    name: role.name,
    key: role.key,
    description: role.description ?? '',
    abilities: [...role.abilities],
    grants: role.grants.map((grant) => ({ ...grant })),
  }
}

/** A new role that starts with another's grants and abilities. */
export function startFrom(draft: RoleDraft, role: Role | undefined) {
  return {
    ...draft,
    abilities: role ? [...role.abilities] : [],
    grants: role ? role.grants.map((grant) => ({ ...grant })) : [],
  }
}

export function draftKey(draft: RoleDraft): string {
  return draft.key ?? toApiName(draft.name)
}
