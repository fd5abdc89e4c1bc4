import { useAccess } from '@/shared/api/access'
import { RECORD_ACTIONS } from '@/shared/api/roles'
import { ErrorState, Loading } from '@/shared/ui/states'
import { heldRoleWords } from '../model/access-words'
import { AccessAction } from './access-action'

interface AccessReportProps {
  plural: string
  recordId: string
  typeLabel: string
  /** The user asked about; the signed-in user when absent. */
  userId?: string
  userName: string
}

export function AccessReport(props: AccessReportProps) {
  const { plural, recordId, typeLabel } = props
  const access = useAccess(plural, recordId, props.userId)

  if (access.isPending) return <Loading />
  if (access.error) return <ErrorState error={access.error} />

  const { roles, actions } = access.data
  return (
    <div data-testid="access-report">
      <p>
        <strong>{props.userName}</strong> works by{' '}
        {roles.map(heldRoleWords).join(', ') || 'no role'}.
      </p>
      <ul className="access-actions">
        {RECORD_ACTIONS.map((action) => (
          <AccessAction
            key={action}
            action={action}
            access={actions[action]}
            typeLabel={typeLabel}
          />
        ))}
      </ul>
    </div>
  )
}
