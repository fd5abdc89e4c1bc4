import { useState } from 'react'
import { useRegions, useTeams } from '@/shared/api/organisation'
import { useCurrentUser } from '@/shared/api/session'
import { useUsers } from '@/shared/api/users'
import { ErrorState, Loading } from '@/shared/ui/states'
import { RegionForm } from './region-form'
import { RegionTable } from './region-table'
import { TeamForm } from './team-form'
import { TeamTable } from './team-table'

/** The sales organisation: regions, and the teams in them. */
export function OrganisationPage() {
  const regions = useRegions()
  const teams = useTeams()
  const users = useUsers()
  const canManage = useCurrentUser()?.role === 'admin'
  // One form at a time: an Add form, or Edit for one region's or team's id.
  const [open, setOpen] = useState<string | null>(null)
  const close = () => setOpen(null)

  const failed = regions.error ?? teams.error ?? users.error
  if (failed) return <ErrorState error={failed} />
  if (!regions.data || !teams.data || !users.data) return <Loading />

  return (
    <section className="page" data-testid="organisation-page">
      <header className="page-header">
        <h1>Teams</h1>
        {canManage && open === null && (
          <span className="title-buttons">
            <button
              type="button"
              className="button"
              onClick={() => setOpen('add-region')}
            >
              Add region
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={() => setOpen('add-team')}
            >
              Add team
            </button>
          </span>
        )}
      </header>
      {!canManage && (
        <p className="muted">Only administrators change teams and regions.</p>
      )}
      {open === 'add-region' && (
        <RegionForm users={users.data} onDone={close} />
      )}
      {open === 'add-team' && (
        <TeamForm regions={regions.data} users={users.data} onDone={close} />
      )}
      <RegionTable
        regions={regions.data}
        users={users.data}
        canManage={canManage}
        editing={open}
        onEdit={setOpen}
      />
      <TeamTable
        teams={teams.data}
        regions={regions.data}
        users={users.data}
        canManage={canManage}
        editing={open}
        onEdit={setOpen}
      />
    </section>
  )
}
