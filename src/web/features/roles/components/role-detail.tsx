import { errorMessage } from '@/app/api-error'
import { useToast } from '@/app/toast'
import { useRecordTypes } from '@/shared/api/record-types'
import type { Role } from '@/shared/api/roles'
import { useRetireRole } from '../api/retire-role'
import { AbilityChecks } from './ability-checks'
import { FieldAccessSection } from './field-access'
import { GrantMatrix } from './grant-matrix'

interface RoleDetailProps {
  role: Role
  canManage: boolean
  onEdit: () => void
  onCopy: () => void
  onRetired: () => void
}

/** A role as it stands: what it allows, read-only. */
export function RoleDetail(props: RoleDetailProps) {
  const { role, canManage } = props
  const types = useRecordTypes().data ?? []
  const retire = useRetireRole()
  const toast = useToast()

  const onRetire = () => {
    const question =
      `Retire the role “${role.name}”? Everyone who holds it loses what ` +
      'it gives them.'
    if (!window.confirm(question)) return
    retire.mutate(role.id, {
      onSuccess: () => {
        toast(`${role.name} retired`, 'success')
        props.onRetired()
      },
    })
  }

  return (
    <section className="card" data-testid="role-detail" aria-label={role.name}>
      <h2 className="card-title">
        {role.name}
        {role.builtIn && <span className="badge badge-name">Built-in</span>}
        {canManage && (
          <span className="card-title-action title-buttons">
            {role.builtIn ? (
              <button
                type="button"
                className="button button-small"
                onClick={props.onCopy}
              >
                Copy into a new role
              </button>
            ) : (
              <>
                <button
                  type="button"
                  className="button button-small"
                  onClick={props.onEdit}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="button button-small button-danger"
                  disabled={retire.isPending}
                  onClick={onRetire}
                >
                  Retire
                </button>
              </>
            )}
          </span>
        )}
      </h2>
      {role.description && <p className="muted">{role.description}</p>}
      {retire.error && (
        <p className="field-error" role="alert">
          {errorMessage(retire.error)}
        </p>
      )}
      {role.builtIn && canManage && (
        <p className="field-help">
          Built-in roles keep their abilities and records; copy one to change
          them. Field access can be set on any role.
        </p>
      )}
      <h3 className="form-section">Abilities</h3>
      <AbilityChecks value={role.abilities} />
      <h3 className="form-section">Records</h3>
      <GrantMatrix grants={role.grants} types={types} />
      <h3 className="form-section">Field access</h3>
      <FieldAccessSection role={role} types={types} canManage={canManage} />
    </section>
  )
}
