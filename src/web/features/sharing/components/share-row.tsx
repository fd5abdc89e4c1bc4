import { errorMessage } from '@/app/api-error'
import { useCurrentUser } from '@/shared/api/session'
import { useEndShare } from '../api/end-share'
import type { Share } from '../api/list-shares'
import { ACCESS_LABELS, granteeName, untilWords } from '../model/share-words'

interface ShareRowProps {
  plural: string
  recordId: string
  share: Share
}

export function ShareRow({ plural, recordId, share }: ShareRowProps) {
  const end = useEndShare(plural, recordId)
  const name = granteeName(share, useCurrentUser()?.id)

  return (
    <li
      className="share-row"
      data-testid="share-row"
      data-access={share.access}
    >
      <div className="share-who">
        <span className="share-name">{name}</span>
        {share.team && <span className="badge badge-name">Team</span>}
      </div>
      <div className="share-terms muted">
        {ACCESS_LABELS[share.access]} · {untilWords(share.expiresAt)}
      </div>
      <button
        type="button"
        className="button button-small share-end"
        aria-label={`End the share with ${name}`}
        disabled={end.isPending}
        onClick={() => end.mutate(share.id)}
      >
        End
      </button>
      {end.error && (
        <span className="field-error share-error" role="alert">
          {errorMessage(end.error)}
        </span>
      )}
    </li>
  )
}
