import type { ActionAccess } from '@/shared/api/access'
import type { RecordAction } from '@/shared/api/roles'
import {
  ACTION_WORDS,
  deniedWithoutRule,
  reasonSentence,
} from '../model/access-words'

interface AccessActionProps {
  action: RecordAction
  access: ActionAccess
  typeLabel: string
}

/** Whether one action is allowed, and each role's rule that decided. */
export function AccessAction({ action, access, typeLabel }: AccessActionProps) {
  const { allowed, because } = access
  return (
    <li
      className="access-action"
      data-testid="access-action"
      data-action={action}
      data-allowed={allowed}
    >
      <div className="access-verdict">
        <span className={allowed ? 'access-allowed' : 'access-denied'}>
          {allowed ? '✓ Allowed' : '✗ Denied'}
        </span>
        <span>{ACTION_WORDS[action]}</span>
      </div>
      <ul className="access-reasons">
        {because.length === 0 && <li>{deniedWithoutRule(typeLabel)}</li>}
        {because.map((reason) => (
          <li
            key={`${reason.role}:${reason.recordType}`}
            className={reason.matches ? undefined : 'access-reason-miss'}
          >
            <span aria-hidden="true">{reason.matches ? '✓ ' : '✗ '}</span>
            {reasonSentence(reason, typeLabel)}
          </li>
        ))}
      </ul>
    </li>
  )
}
