import { useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { useCurrentUser } from '@/shared/api/session'
import { useSignOut } from '../api/sign-out'

function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((part) => part.charAt(0))
    .slice(0, 2)
    .join('')
    .toUpperCase()
}

export function UserMenu() {
  const user = useCurrentUser()
  const signOut = useSignOut()
  const navigate = useNavigate()
  const [open, setOpen] = useState(false)
  if (!user) return null

  const leave = () =>
    signOut.mutate(undefined, {
      onSettled: () => navigate('/sign-in', { replace: true }),
    })

  return (
    <div className="user-menu">
      <button
        type="button"
        className="user-button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <span className="avatar">{initials(user.name)}</span>
        <span className="user-name">{user.name}</span>
      </button>
      {open && (
        <div className="menu" role="menu">
          <div className="menu-header">
            <strong>{user.name}</strong>
            <span>{user.email}</span>
          </div>
          {user.role === 'admin' && (
            // Swagger UI, served by the API itself: every workspace's
            // document, and this workspace's with its custom fields.
            <a
              href="/api/docs"
              className="menu-link"
              target="_blank"
              rel="noopener noreferrer"
              role="menuitem"
              onClick={() => setOpen(false)}
            >
              API reference ↗
            </a>
          )}
          <button type="button" role="menuitem" onClick={leave}>
            Sign out
          </button>
        </div>
      )}
    </div>
  )
}
