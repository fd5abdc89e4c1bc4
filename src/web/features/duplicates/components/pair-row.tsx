import { Link } from 'react-router-dom'
import { errorMessage } from '@/app/api-error'
import { useDismissPair } from '../api/dismiss-pair'
import type { DuplicatePair, DuplicateType, PairSide } from '../api/duplicates'
import { recordDetails, recordName, scoreWords } from '../model/describe-record'

interface PairRowProps {
  type: DuplicateType
  plural: string
  pair: DuplicatePair
  dismissed: boolean
  onMerge: () => void
}

function Side({
  type,
  plural,
  side,
}: {
  type: DuplicateType
  plural: string
  side: PairSide
}) {
  return (
    <div className="duplicate-side">
      <Link to={`/${plural}/${side.id}`}>{recordName(type, side.fields)}</Link>
      <span className="muted">
        {recordDetails(type, side.fields).join(' · ')}
      </span>
    </div>
  )
}

/** Two records that look like one, why, and the way to say they are not. */
export function PairRow(props: PairRowProps) {
  const { type, plural, pair, dismissed } = props
  const change = useDismissPair()
  const toggle = () =>
    change.mutate({
      plural,
      id: pair.record.id,
      otherId: pair.other.id,
      dismiss: !dismissed,
    })

  return (
    <li className="duplicate-pair" data-testid="duplicate-pair">
      <span className="duplicate-score">{scoreWords(pair.score)}</span>
      <Side type={type} plural={plural} side={pair.record} />
      <Side type={type} plural={plural} side={pair.other} />
      <span className="duplicate-reasons">
        {pair.reasons.map((r) => r.text).join(' · ')}
      </span>
      <div className="duplicate-actions">
        {!dismissed && (
          <button
            type="button"
            className="button button-primary"
            onClick={props.onMerge}
          >
            Merge…
          </button>
        )}
        <button
          type="button"
          className="button"
          disabled={change.isPending}
          onClick={toggle}
        >
          {dismissed ? 'Show again' : 'Not a duplicate'}
        </button>
        {change.error && (
          <span className="field-error" role="alert">
            {errorMessage(change.error)}
          </span>
        )}
      </div>
    </li>
  )
}
