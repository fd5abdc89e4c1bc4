import { useState } from 'react'
import { useToast } from '@/app/toast'
import type { Region } from '@/shared/api/organisation'
import type { User } from '@/shared/api/users'
import { formErrors } from '@/shared/form/form-errors'
import { FormRow } from '@/shared/form/form-row'
import { IdSelect } from '@/shared/form/id-select'
import { useAddRegion } from '../api/add-region'
import { useChangeRegion } from '../api/change-region'
import { managerChoices } from '../model/manager-choices'

const PLACED = ['name', 'manager_id']

interface RegionFormProps {
  /** The region to change; without it the form adds one. */
  region?: Region
  users: User[]
  onDone: () => void
}

export function RegionForm({ region, users, onDone }: RegionFormProps) {
  const [name, setName] = useState(region?.name ?? '')
  const [managerId, setManagerId] = useState(region?.manager_id ?? null)
  const add = useAddRegion()
  const change = useChangeRegion()
  const save = region ? change : add
  const errors = formErrors(save.error, PLACED)
  const toast = useToast()

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const input = { name: name.trim(), manager_id: managerId }
    const done = (saved: Region) => {
      toast(`${saved.name} saved`, 'success')
      onDone()
    }
    if (region)
      change.mutate({ id: region.id, change: input }, { onSuccess: done })
    else add.mutate(input, { onSuccess: done })
  }

  const title = region ? `Edit ${region.name}` : 'Add region'
  return (
    <form className="card record-form" aria-label={title} onSubmit={submit}>
      <h2 className="card-title">{title}</h2>
      <div className="form-grid">
        <FormRow label="Name" error={errors.of('name')}>
          <input
            id="region-name"
            name="name"
            value={name}
            required
            onChange={(e) => setName(e.target.value)}
          />
        </FormRow>
        <FormRow label="Manager" error={errors.of('manager_id')}>
          <IdSelect
            id="region-manager"
            name="manager_id"
            value={managerId}
            options={managerChoices(users, region?.manager_id ?? null)}
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
          {region ? 'Save region' : 'Add region'}
        </button>
      </footer>
    </form>
  )
}
