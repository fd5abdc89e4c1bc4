import { useState } from 'react'
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom'
import { errorMessage } from '@/app/api-error'
import {
  pageAfterSignIn,
  rememberedWorkspace,
  rememberWorkspace,
} from '@/app/last-page'
import { useSession } from '@/shared/api/session'
import { useSignIn } from '../api/sign-in'

export function SignInPage() {
  const session = useSession()
  const signIn = useSignIn()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const [workspace, setWorkspace] = useState(rememberedWorkspace)
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')

  if (session.data) {
    const page = pageAfterSignIn(params.get('next'), session.data)
    return <Navigate to={page} replace />
  }

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    rememberWorkspace(workspace)
    signIn.mutate(
      { workspace, email, password },
      {
        onSuccess: (signedIn) =>
          navigate(pageAfterSignIn(params.get('next'), signedIn), {
            replace: true,
          }),
      },
    )
  }

  return (
    <main className="sign-in">
      <form className="sign-in-card" onSubmit={submit}>
        <div className="brand brand-large">Rapport</div>
        <h1>Sign in to your workspace</h1>
        {signIn.error && (
          <div className="form-error" role="alert">
            {errorMessage(signIn.error)}
          </div>
        )}
        <label className="field">
          <span>Workspace</span>
          <input
            name="workspace"
            value={workspace}
            onChange={(event) => setWorkspace(event.target.value)}
            required
          />
        </label>
        <label className="field">
          <span>Email</span>
          <input
            name="email"
            type="email"
            autoComplete="username"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            required
          />
        </label>
        <label className="field">
          <span>Password</span>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            required
          />
        </label>
        <button
          className="button button-primary"
          type="submit"
          disabled={signIn.isPending}
        >
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  )
}
