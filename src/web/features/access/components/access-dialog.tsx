import { useState } from 'react'
import { useCurrentUser } from '@/shared/api/session'
import { useUsers } from '@/shared/api/users'
import { Modal } from '@/shared/ui/modal'
import { AccessReport } from './access-report'

interface AccessDialogProps {
  plural: string
  recordId: string
  typeLabel: string
  onClose: () => void
}

/**
 * What a user may do with this record and why: the signed-in user at
 * first; an administrator may ask about anyone in the workspace.
 */
export function AccessDialog(props: AccessDialogProps) {
  const me = useCurrentUser()
  const isAdmin = me?.role === 'admin'
  const users = useUsers({ enabled: isAdmin })
  const [userId, setUserId] = useState(me?.id ?? '')
  const asked = users.data?.find((user) => user.id === userId)
  const asMe = userId === me?.id

  return (
    <Modal title="Who can see this?" onClose={props.onClose} wide>
      {isAdmin && (
        <div className="access-who">
          <label htmlFor="access-user">Ask about</label>
          <select
            id="access-user"
            name="user"
            value={userId}
            onChange={(event) => setUserId(event.target.value)}
          >
            {(users.data ?? []).map((user) => (
              <option key={user.id} value={user.id}>
                {user.id === me?.id ? `${user.name} (you)` : user.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <AccessReport
        plural={props.plural}
        recordId={props.recordId}
        typeLabel={props.typeLabel}
        userId={asMe ? undefined : userId}
        userName={asMe ? 'You' : (asked?.name ?? 'This user')}
      />
    </Modal>
  )
}
