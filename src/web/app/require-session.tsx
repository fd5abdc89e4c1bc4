import { useEffect } from 'react'
import { Navigate, Outlet, useLocation } from 'react-router-dom'
import { useSession } from '@/shared/api/session'
import { ErrorState, Loading } from '@/shared/ui/states'
import { rememberPage } from './last-page'

export function RequireSession() {
  const session = useSession()
  const location = useLocation()
  const path = `${location.pathname}${location.search}`

  useEffect(() => {
    if (session.data) rememberPage(session.data, path)
  }, [session.data, path])

  if (session.isPending) return <Loading label="Opening your workspace…" />
  if (session.error) return <ErrorState error={session.error} />
  if (!session.data) {
    return <Navigate to={`/sign-in?next=${encodeURIComponent(path)}`} replace />
  }

  return <Outlet />
}
