import { useState } from 'react'
import { useToast } from '@/app/toast'
import { useRecordTypes } from '@/shared/api/record-types'
import type { Role } from '@/shared/api/roles'
import { FormRow } from '@/shared/form/form-row'
import { useAddRole } from '../api/add-role'
import { useChangeRole } from '../api/change-role'
import {
  draftFromRole,
  draftKey,
  EMPTY_DRAFT,
  type RoleDraft,
} from '../model/role-draft'
import { roleErrors } from '../model/role-errors'
import { AbilityChecks } from './ability-checks'
import { GrantMatrix } from './grant-matrix'
import { StartFromSelect } from './start-from-select'

interface RoleFormProps {
  /** The role to change; without it the form adds one. */
  role?: Role
  /** A built-in role the new role copies at first. */
  template?: Role
  builtIns: Role[]
  onDone: (role?: Role) => void
}

export function RoleForm({ role, template, builtIns, onDone }: RoleFormProps) {
  const types = useRecordTypes().data ?? []
  const [draft, setDraft] = useState<RoleDraft>(() =>
    role ? draftFromRole(role) : startDraft(template),
  )
  const add = useAddRole()
  const change = useChangeRole()
  const save = role ? change : add
  const errors = roleErrors(save.error)
  const toast = useToast()
  const set = (part: Partial<RoleDraft>) => setDraft({ ...draft, ...part })

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const fields = {
      name: draft.name.trim(),
      description: draft.description.trim(),
      abilities: draft.abilities,
      grants: draft.grants,
    }
    const done = (saved: Role) => {
      toast(`${saved.name} saved`, 'success')
      onDone(saved)
    }
    if (role)
      change.mutate({ id: role.id, change: fields }, { onSuccess: done })
    else add.mutate({ ...fields, key: draftKey(draft) }, { onSuccess: done })
  }

  const title = role ? `Edit ${role.name}` : 'New role'
  return (
    <form className="card record-form" aria-label={title} onSubmit={submit}>
      <h2 className="card-title">{title}</h2>
      <div className="form-grid">
        <FormRow label="Name" error={errors.of('name')}>
          <input
            id="role-name"
            name="name"
            value={draft.name}
            required
            onChange={(e) => set({ name: e.target.value })}
          />
        </FormRow>
        <FormRow
          label="Key"
          error={errors.of('key')}
          help="Names the role in the API; it cannot change later."
        >
          <input
            id="role-key"
            name="key"
            value={draftKey(draft)}
            readOnly={Boolean(role)}
            required
            onChange={(e) => set({ key: e.target.value })}
          />
        </FormRow>
        <FormRow label="Description" error={errors.of('description')} wide>
          <input
            id="role-description"
            name="description"
            value={draft.description}
            onChange={(e) => set({ description: e.target.value })}
          />
        </FormRow>
        {!role && (
          <StartFromSelect
            roles={builtIns}
            draft={draft}
            onChange={setDraft}
            initial={template?.id}
          />
        )}
      </div>
      <h3 className="form-section">Abilities</h3>
      <AbilityChecks
        value={draft.abilities}
        onChange={(abilities) => set({ abilities })}
      />
      {errors.of('abilities') && (
        <span className="field-error" role="alert">
          {errors.of('abilities')}
        </span>
      )}
      <h3 className="form-section">Records</h3>
      <GrantMatrix
        grants={draft.grants}
        types={types}
        onChange={(grants) => set({ grants })}
      />
      {errors.grants.length > 0 && (
        <span className="field-error" role="alert">
          {errors.grants.join(' ')}
        </span>
      )}
      {errors.rest.length > 0 && (
        <div className="form-error" role="alert">
          {errors.rest.join(' ')}
        </div>
      )}
      <footer className="form-actions">
        <button type="button" className="button" onClick={() => onDone()}>
          Cancel
        </button>
        <button
          type="submit"
          className="button button-primary"
          disabled={save.isPending}
        >
          {role ? 'Save role' : 'Add role'}
        </button>
      </footer>
    </form>
  )
}

function startDraft(template: Role | undefined): RoleDraft {
  if (!template) return EMPTY_DRAFT
  const copy = draftFromRole(template)
  return { ...copy, name: '', key: null, description: '' }
}
