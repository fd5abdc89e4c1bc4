import { useEffect } from 'react'
import { Link, useLocation } from 'react-router-dom'
import { forgetPage } from '@/app/last-page'
import type { RecordType } from '@/shared/api/record-types'
import { useSession } from '@/shared/api/session'
import { EmptyState } from '@/shared/ui/states'

/**
 * A record that is gone, or belongs to another workspace: say so calmly and
 * offer the list, and stop offering this page after the next sign-in.
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
          This {recordType.label.toLowerCase()} is not in this workspace. It may
          have been deleted, or the link belongs to another workspace.
        </p>
        <Link to={`/${recordType.plural}`}>
          Go to {recordType.pluralLabel.toLowerCase()}
        </Link>
      </div>
    </EmptyState>
  )
}
