import { Link } from 'react-router-dom'
import { useDuplicateCheck } from '@/shared/api/check-duplicates'
import { useDebouncedValue } from './use-debounced-value'

interface DuplicateWarningProps {
  recordType: string
  plural: string
  values: Record<string, unknown>
  /** The record being edited: not a duplicate of itself. */
  recordId?: string
}

// Candidates below this are shown on the record page, not in the form.
const WARN_FROM = 0.5

/** A note in a form that what is typed may already exist. */
export function DuplicateWarning(props: DuplicateWarningProps) {
  const values = useDebouncedValue(props.values, 400)
  const check = useDuplicateCheck(
    props.recordType,
    props.plural,
    values,
    props.recordId,
  )
  const likely = (check.data ?? []).filter((c) => c.score >= WARN_FROM)
  if (likely.length === 0) return null
  return (
    <div
      className="duplicate-warning"
      role="status"
      data-testid="duplicate-warning"
    >
      <strong>This may already exist:</strong>
      <ul>
        {likely.slice(0, 3).map((c) => (
          <li key={c.id}>
            <Link to={`/${props.plural}/${c.id}`} target="_blank">
              {c.title || 'Unnamed'}
            </Link>{' '}
            <span className="muted">
              {c.reasons.map((r) => r.text).join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}
