import { useState } from 'react'
import { useToast } from '@/app/toast'
import type { Region, Team } from '@/shared/api/organisation'
import type { User } from '@/shared/api/users'
import { formErrors } from '@/shared/form/form-errors'
import { FormRow } from '@/shared/form/form-row'
import { IdSelect } from '@/shared/form/id-select'
import { useAddTeam } from '../api/add-team'
import { useChangeTeam } from '../api/change-team'
import { managerChoices } from '../model/manager-choices'

const PLACED = ['name', 'region_id', 'manager_id']

interface TeamFormProps {
  /** The team to change; without it the form adds one. */
  team?: Team
  regions: Region[]
  users: User[]
  onDone: () => void
}

export function TeamForm({ team, regions, users, onDone }: TeamFormProps) {
  const [name, setName] = useState(team?.name ?? '')
  const [regionId, setRegionId] = useState(team?.region_id ?? null)
  const [managerId, setManagerId] = useState(team?.manager_id ?? null)
  const add = useAddTeam()
  const change = useChangeTeam()
  const save = team ? change : add
  const errors = formErrors(save.error, PLACED)
  const toast = useToast()

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const input = {
      name: name.trim(),
      region_id: regionId,
      manager_id: managerId,
    }
    const done = (saved: Team) => {
      toast(`${saved.name} saved`, 'success')
      onDone()
    }
    if (team) change.mutate({ id: team.id, change: input }, { onSuccess: done })
    else add.mutate(input, { onSuccess: done })
  }

  const title = team ? `Edit ${team.name}` : 'Add team'
  return (
    <form className="card record-form" aria-label={title} onSubmit={submit}>
      <h2 className="card-title">{title}</h2>
      <div className="form-grid">
        <FormRow label="Name" error={errors.of('name')} wide>
          <input
            id="team-name"
            name="name"
            value={name}
            required
            onChange={(e) => setName(e.target.value)}
          />
        </FormRow>
        <FormRow label="Region" error={errors.of('region_id')}>
          <IdSelect
            id="team-region"
            name="region_id"
            value={regionId}
            options={regions}
            noneLabel="No region"
            onChange={setRegionId}
          />
        </FormRow>
        <FormRow label="Manager" error={errors.of('manager_id')}>
          <IdSelect
            id="team-manager"
            name="manager_id"
            value={managerId}
            options={managerChoices(users, team?.manager_id ?? null)}
            noneLabel="No manager"
            onChange={setManagerId}
          />
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
          {team ? 'Save team' : 'Add team'}
        </button>
      </footer>
    </form>
  )
}
