import { useEffect } from 'react'
import { Link, useLocation } from 'react-router-dom'
import { forgetPage } from '@/app/last-page'
import type { RecordType } from '@/shared/api/record-types'
import { useSession } from '@/shared/api/session'
import { EmptyState } from '@/shared/ui/states'

/**
 * A record that is gone, out of the user's reach, or in another workspace:
 * say so calmly, offer the list, and stop offering this page after the
 * next sign-in.
 */
export function RecordNotFound({ recordType }: { recordType: RecordType }) {
  const session = useSession().data
  const location = useLocation()
  const path = `${location.pathname}${location.search}`

  useEffect(() => {
    if (session) forgetPage(session, path)
  }, [session, path])

  return (
    <EmptyState>
      <div className="state-message" data-testid="record-not-found">
        <p>
          This {recordType.label.toLowerCase()} does not exist, or it is not
          visible to you. It may have been deleted, your roles may not reach it,
          or the link belongs to another workspace.
        </p>
        <Link to={`/${recordType.plural}`}>
          Go to {recordType.pluralLabel.toLowerCase()}
        </Link>
      </div>
    </EmptyState>
  )
}
