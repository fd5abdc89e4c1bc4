import { ErrorState, Loading } from '@/shared/ui/states'
import { useShares } from '../api/list-shares'
import { ShareForm } from './share-form'
import { ShareRow } from './share-row'

interface SharingPanelProps {
  plural: string
  recordId: string
  /** The record type's label, e.g. "Opportunity". */
  typeLabel: string
}

/**
 * Who the record is shared with beyond those its roles reach, and a way
 * to share it further. The server decides who may share; its refusal
 * shows beside the button that asked.
 */
export function SharingPanel({
  plural,
  recordId,
  typeLabel,
}: SharingPanelProps) {
  const shares = useShares(plural, recordId)
  const count = shares.data?.length ?? 0

  return (
    <section className="card" data-testid="sharing-panel" aria-label="Sharing">
      <h2 className="card-title">
        Sharing
        {count > 0 && <span className="count">{count}</span>}
      </h2>
      {shares.isPending && <Loading />}
      {shares.error && <ErrorState error={shares.error} />}
      {shares.data && count === 0 && (
        <p className="muted">
          This {typeLabel.toLowerCase()} is shared with no one; only those whose
          roles reach it can see it.
        </p>
      )}
      {count > 0 && (
        <ul className="share-list">
          {shares.data?.map((share) => (
            <ShareRow
              key={share.id}
              plural={plural}
              recordId={recordId}
              share={share}
            />
          ))}
        </ul>
      )}
      <ShareForm plural={plural} recordId={recordId} />
    </section>
  )
}
