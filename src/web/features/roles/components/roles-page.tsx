import { useState } from 'react'
import { useSearchParams } from 'react-router-dom'
import { type Role, useRoles } from '@/shared/api/roles'
import { useCurrentUser } from '@/shared/api/session'
import { ErrorState, Loading } from '@/shared/ui/states'
import { RoleDetail } from './role-detail'
import { RoleForm } from './role-form'
import { RoleTable } from './role-table'

/** What the page shows under the list besides the chosen role. */
type Mode =
  | { kind: 'view' }
  | { kind: 'new'; template?: Role }
  | { kind: 'edit' }

export function RolesPage() {
  const roles = useRoles()
  const canManage = useCurrentUser()?.role === 'admin'
  const [params, setParams] = useSearchParams()
  const [mode, setMode] = useState<Mode>({ kind: 'view' })
  const selectedKey = params.get('role') ?? undefined

  if (roles.isPending) return <Loading />
  if (roles.error) return <ErrorState error={roles.error} />

  const selected = roles.data.find((role) => role.key === selectedKey)
  const builtIns = roles.data.filter((role) => role.builtIn)
  const select = (role?: Role) => {
    setMode({ kind: 'view' })
    setParams(role ? { role: role.key } : {}, { replace: true })
  }

  return (
    <section className="page" data-testid="roles-page">
      <header className="page-header">
        <h1>Roles</h1>
        {canManage && mode.kind === 'view' && (
          <button
            type="button"
            className="button button-primary"
            onClick={() => setMode({ kind: 'new' })}
          >
            New role
          </button>
        )}
      </header>
      {!canManage && <p className="muted">Only administrators change roles.</p>}
      {mode.kind === 'new' && (
        <RoleForm
          key={mode.template?.id ?? 'blank'}
          template={mode.template}
          builtIns={builtIns}
          onDone={(role) => (role ? select(role) : setMode({ kind: 'view' }))}
        />
      )}
      <RoleTable roles={roles.data} selected={selectedKey} onSelect={select} />
      {selected && mode.kind === 'edit' && (
        <RoleForm
          role={selected}
          builtIns={builtIns}
          onDone={() => setMode({ kind: 'view' })}
        />
      )}
      {selected && mode.kind !== 'edit' && (
        <RoleDetail
          role={selected}
          canManage={canManage}
          onEdit={() => setMode({ kind: 'edit' })}
          onCopy={() => setMode({ kind: 'new', template: selected })}
          onRetired={() => select()}
        />
      )}
    </section>
  )
}
