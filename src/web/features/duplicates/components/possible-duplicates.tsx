import { Link } from 'react-router-dom'
import { ErrorState } from '@/shared/ui/states'
import {
  type Candidate,
  DUPLICATE_TYPES,
  useRecordDuplicates,
} from '../api/duplicates'
import { scoreWords } from '../model/describe-record'

interface PossibleDuplicatesProps {
  recordType: string
  plural: string
  recordId: string
}

function CandidateItem({ plural, c }: { plural: string; c: Candidate }) {
  return (
    <li className="duplicate-candidate">
      <Link to={`/${plural}/${c.id}`}>{c.title || 'Unnamed'}</Link>
      <span className="duplicate-score" title="How likely a duplicate">
        {scoreWords(c.score)}
      </span>
      <span className="muted duplicate-reasons">
        {c.reasons.map((r) => r.text).join(' · ')}
      </span>
    </li>
  )
}

function Note(props: Omit<PossibleDuplicatesProps, 'recordType'>) {
  const { plural, recordId } = props
  const duplicates = useRecordDuplicates(plural, recordId)
  if (duplicates.error) return <ErrorState error={duplicates.error} />
  const found = duplicates.data?.data ?? []
  if (found.length === 0) return null
  return (
    <section
      className="card duplicate-note"
      data-testid="possible-duplicates"
      aria-label="Possible duplicates"
    >
      <h2 className="card-title">
        Possible duplicates
        <span className="count">{found.length}</span>
      </h2>
      <ul className="duplicate-candidates">
        {found.map((c) => (
          <CandidateItem key={c.id} plural={plural} c={c} />
        ))}
      </ul>
      <Link to="/duplicates" className="muted">
        Review duplicates
      </Link>
    </section>
  )
}

/**
 * A note on a record page naming the records that look like the same
 * account, contact or lead; nothing when there are none.
 */
export function PossibleDuplicates(props: PossibleDuplicatesProps) {
  const kept = DUPLICATE_TYPES as readonly string[]
  if (!kept.includes(props.recordType)) return null
  return <Note plural={props.plural} recordId={props.recordId} />
}
