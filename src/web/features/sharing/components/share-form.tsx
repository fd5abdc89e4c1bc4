import { useState } from 'react'
import { formErrors } from '@/shared/form/form-errors'
import { FormRow } from '@/shared/form/form-row'
import { useAddShare } from '../api/add-share'
import type { ShareAccess } from '../api/list-shares'
import { granteeInput } from '../model/grantee'
import { ACCESS_LABELS, endOfDay } from '../model/share-words'
import { GranteeSelect } from './grantee-select'

const PLACED = ['userId', 'teamId', 'access', 'expiresAt']

interface ShareFormProps {
  plural: string
  recordId: string
}

/** Shares the record with one person or team, to view or to edit. */
export function ShareForm({ plural, recordId }: ShareFormProps) {
  const add = useAddShare(plural, recordId)
  const [grantee, setGrantee] = useState('')
  const [access, setAccess] = useState<ShareAccess>('read')
  const [until, setUntil] = useState('')
  const errors = formErrors(add.error, PLACED)

  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault()
    const input = {
      ...granteeInput(grantee),
      access,
      expiresAt: endOfDay(until),
    }
    add.mutate(input, {
      onSuccess: () => {
        setGrantee('')
        setAccess('read')
        setUntil('')
      },
    })
  }

  return (
    <form className="share-form" aria-label="Share" onSubmit={onSubmit}>
      <FormRow
        label="Share with"
        error={errors.of('userId') ?? errors.of('teamId')}
      >
        <GranteeSelect
          id="share-grantee"
          value={grantee}
          onChange={setGrantee}
        />
      </FormRow>
      <div className="share-form-row">
        <FormRow label="Access" error={errors.of('access')}>
          <select
            id="share-access"
            name="access"
            value={access}
            onChange={(event) => setAccess(event.target.value as ShareAccess)}
          >
            <option value="read">{ACCESS_LABELS.read}</option>
            <option value="edit">{ACCESS_LABELS.edit}</option>
          </select>
        </FormRow>
        <FormRow label="Until (optional)" error={errors.of('expiresAt')}>
          <input
            id="share-until"
            name="until"
            type="date"
            value={until}
            onChange={(event) => setUntil(event.target.value)}
          />
        </FormRow>
      </div>
      <div className="share-submit">
        <button
          type="submit"
          className="button button-small"
          disabled={!grantee || add.isPending}
        >
          Share
        </button>
        {errors.rest.map((message) => (
          <span key={message} className="field-error" role="alert">
            {message}
          </span>
        ))}
      </div>
    </form>
  )
}
