import { useState } from 'react'
import type { Role } from '@/shared/api/roles'
import { FormRow } from '@/shared/form/form-row'
import { type RoleDraft, startFrom } from '../model/role-draft'

interface StartFromSelectProps {
  roles: Role[]
  draft: RoleDraft
  onChange: (draft: RoleDraft) => void
  initial?: string
}

/** Copies a built-in role's grants and abilities into the new role. */
export function StartFromSelect(props: StartFromSelectProps) {
  const { roles, draft, onChange } = props
  const [chosen, setChosen] = useState(props.initial ?? '')

  const choose = (id: string) => {
    setChosen(id)
    onChange(
      startFrom(
        draft,
        roles.find((role) => role.id === id),
      ),
    )
  }

  return (
    <FormRow
      label="Start from"
      error={undefined}
      help="Copies the role's rules and abilities; change them below."
    >
      <select
        id="role-start-from"
        name="startFrom"
        value={chosen}
        onChange={(e) => choose(e.target.value)}
      >
        <option value="">Nothing (no access)</option>
        {roles.map((role) => (
          <option key={role.id} value={role.id}>
            {role.name}
          </option>
        ))}
      </select>
    </FormRow>
  )
}
