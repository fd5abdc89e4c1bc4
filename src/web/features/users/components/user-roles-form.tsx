import { useState } from 'react'
import { errorMessage } from '@/app/api-error'
import { useToast } from '@/app/toast'
import type { HeldRole } from '@/shared/api/access'
import type { Role } from '@/shared/api/roles'
import type { User } from '@/shared/api/users'
import { useSetUserRoles } from '../api/set-user-roles'

interface UserRolesFormProps {
  user: User
  roles: Role[]
  held: HeldRole[]
  onDone: () => void
}

/** Picks the roles given to the user themself; team roles stay apart. */
export function UserRolesForm({
  user,
  roles,
  held,
  onDone,
}: UserRolesFormProps) {
  const own = held.filter((role) => role.via === 'user').map((r) => r.key)
  const [keys, setKeys] = useState<string[]>(own)
  const save = useSetUserRoles()
  const toast = useToast()
  const toggle = (key: string, on: boolean) =>
    setKeys(on ? [...keys, key] : keys.filter((held) => held !== key))

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const roleIds = roles.filter((r) => keys.includes(r.key)).map((r) => r.id)
    save.mutate(
      { userId: user.id, roleIds },
      {
        onSuccess: () => {
          toast(`Roles saved for ${user.name}`, 'success')
          onDone()
        },
      },
    )
  }

  return (
    <form
      className="user-roles-form"
      aria-label={`Roles of ${user.name}`}
      onSubmit={submit}
    >
      <fieldset className="option-checks">
        <legend className="visually-hidden">Roles of {user.name}</legend>
        {roles.map((role) => (
          <label key={role.id} className="inline-field">
            <input
              type="checkbox"
              name="roles"
              value={role.key}
              checked={keys.includes(role.key)}
              onChange={(event) => toggle(role.key, event.target.checked)}
            />
            {role.name}
          </label>
        ))}
      </fieldset>
      <p className="field-help">
        With none chosen, {user.name} works by the default for their workspace
        role.
      </p>
      <div className="inline-form">
        <button
          type="submit"
          className="button button-primary button-small"
          disabled={save.isPending}
        >
          Save roles
        </button>
        <button type="button" className="button button-small" onClick={onDone}>
          Cancel
        </button>
      </div>
      {save.error && (
        <span className="field-error" role="alert">
          {errorMessage(save.error)}
        </span>
      )}
    </form>
  )
}
