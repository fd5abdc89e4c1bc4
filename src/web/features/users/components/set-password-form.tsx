import { useState } from 'react'
import { errorMessage } from '@/app/api-error'
import { useToast } from '@/app/toast'
import type { User } from '@/shared/api/users'
import { useSetPassword } from '../api/set-password'

interface SetPasswordFormProps {
  user: User
  onDone: () => void
}

export function SetPasswordForm({ user, onDone }: SetPasswordFormProps) {
  const [password, setPassword] = useState('')
  const setUserPassword = useSetPassword()
  const toast = useToast()

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    setUserPassword.mutate(
      { userId: user.id, password },
      {
        onSuccess: () => {
          toast(`Password set for ${user.name}`, 'success')
          onDone()
        },
      },
    )
  }

  return (
    <form className="inline-form" onSubmit={submit}>
      <input
        type="password"
        name="password"
        autoComplete="new-password"
        aria-label={`New password for ${user.name}`}
        placeholder="New password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        required
      />
      <button
        type="submit"
        className="button button-primary button-small"
        disabled={setUserPassword.isPending || !password}
      >
        Save
      </button>
      <button type="button" className="button button-small" onClick={onDone}>
        Cancel
      </button>
      {setUserPassword.error && (
        <span className="field-error" role="alert">
          {errorMessage(setUserPassword.error)}
        </span>
      )}
    </form>
  )
}
