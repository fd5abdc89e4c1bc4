import { useState } from 'react'
import { useTeams } from '@/shared/api/organisation'
import { useCurrentUser } from '@/shared/api/session'
import { useUsers } from '@/shared/api/users'
import { ErrorState, Loading } from '@/shared/ui/states'
import { type RowMode, UserRow } from './user-row'

export function UsersPage() {
  const users = useUsers()
  const teams = useTeams().data ?? []
  const me = useCurrentUser()
  // One row open at a time, for editing or a new password.
  const [open, setOpen] = useState<{ id: string; mode: RowMode } | null>(null)
  const isAdmin = me?.role === 'admin'
  const teamName = (id: string | null) => teams.find((t) => t.id === id)?.name

  if (users.isPending) return <Loading />
  if (users.error) return <ErrorState error={users.error} />

  return (
    <section className="page">
      <header className="page-header">
        <h1>Users</h1>
      </header>
      <div className="card card-flush">
        <table className="simple-table">
          <thead>
            <tr>
              <th>Name</th>
              <th>Email</th>
              <th>Workspace role</th>
              {isAdmin && <th>Roles</th>}
              <th>Status</th>
              <th>Team</th>
              {isAdmin && <th aria-label="Actions" />}
            </tr>
          </thead>
          {users.data.map((user) => (
            <UserRow
              key={user.id}
              user={user}
              users={users.data}
              teamName={teamName(user.team_id)}
              isAdmin={isAdmin}
              mode={open?.id === user.id ? open.mode : null}
              onMode={(mode) => setOpen(mode ? { id: user.id, mode } : null)}
            />
          ))}
        </table>
      </div>
    </section>
  )
}
