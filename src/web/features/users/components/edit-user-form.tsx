import { useState } from 'react'
import { useToast } from '@/app/toast'
import { useTeams } from '@/shared/api/organisation'
import type { User } from '@/shared/api/users'
import { formErrors } from '@/shared/form/form-errors'
import { FormRow } from '@/shared/form/form-row'
import { IdSelect } from '@/shared/form/id-select'
import { type UserChange, useChangeUser } from '../api/change-user'
import { changedFields, draftOf } from '../model/user-draft'

const PLACED = ['title', 'role', 'status', 'team_id', 'manager_id']

interface EditUserFormProps {
  user: User
  users: User[]
  onDone: () => void
}

/** A user's title, team, manager, workspace role and status. */
export function EditUserForm({ user, users, onDone }: EditUserFormProps) {
  const teams = useTeams().data ?? []
  const [draft, setDraft] = useState(() => draftOf(user))
  const save = useChangeUser()
  const errors = formErrors(save.error, PLACED)
  const toast = useToast()
  const set = (part: Partial<UserChange>) => setDraft({ ...draft, ...part })
  const managers = users.filter(
    (u) =>
      u.id !== user.id && (u.status !== 'disabled' || u.id === user.manager_id),
  )

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const change = changedFields(user, {
      ...draft,
      title: draft.title?.trim() || null,
    })
    save.mutate(
      { id: user.id, change },
      {
        onSuccess: (saved) => {
          toast(`${saved.name} saved`, 'success')
          onDone()
        },
      },
    )
  }

  const title = `Edit ${user.name}`
  return (
    <form className="card record-form" aria-label={title} onSubmit={submit}>
      <h2 className="card-title">{title}</h2>
      <div className="form-grid">
        <FormRow label="Title" error={errors.of('title')}>
          <input
            id="user-title"
            name="title"
            value={draft.title ?? ''}
            placeholder="e.g. Account Executive"
            onChange={(e) => set({ title: e.target.value })}
          />
        </FormRow>
        <FormRow label="Team" error={errors.of('team_id')}>
          <IdSelect
            id="user-team"
            name="team_id"
            value={draft.team_id}
            options={teams}
            noneLabel="No team"
            onChange={(team_id) => set({ team_id })}
          />
        </FormRow>
        <FormRow label="Manager" error={errors.of('manager_id')}>
          <IdSelect
            id="user-manager"
            name="manager_id"
            value={draft.manager_id}
            options={managers}
            noneLabel="No manager"
            onChange={(manager_id) => set({ manager_id })}
          />
        </FormRow>
        <FormRow
          label="Workspace role"
          error={errors.of('role')}
          help="Admins manage users and settings."
        >
          <select
            id="user-role"
            name="role"
            value={draft.role}
            onChange={(e) => set({ role: e.target.value as User['role'] })}
          >
            <option value="member">Member</option>
            <option value="admin">Admin</option>
          </select>
        </FormRow>
        <FormRow
          label="Status"
          error={errors.of('status')}
          help={
            user.status === 'invited'
              ? 'Invited: set a password to activate them.'
              : 'A disabled user is signed out and cannot sign in.'
          }
        >
          <select
            id="user-status"
            name="status"
            value={draft.status}
            onChange={(e) =>
              set({ status: e.target.value as UserChange['status'] })
            }
          >
            <option value="active">
              {user.status === 'invited' ? 'Invited' : 'Active'}
            </option>
            <option value="disabled">Disabled</option>
          </select>
        </FormRow>
      </div>
      {errors.rest.length > 0 && (
        <div className="form-error" role="alert">
          {errors.rest.join(' ')}
        </div>
      )}
      <footer className="form-actions">
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button
          type="submit"
          className="button button-primary"
          disabled={save.isPending}
        >
          Save user
        </button>
      </footer>
    </form>
  )
}
