import { Link } from 'react-router-dom'
import type { RecordType } from '@/shared/api/record-types'
import type { CrmRecord } from '@/shared/api/types'
import { formatInstant } from '@/shared/format/dates'
import type { RecordMerge } from '../api/record-merges'
import { UndoButton } from './undo-button'

interface MergeHistoryProps {
  recordType: RecordType
  record: CrmRecord
  merges: RecordMerge[]
}

const plural = (n: number, one: string, many: string) =>
  `${n} ${n === 1 ? one : many}`

/**
 * The merges that stand on this record: those merged into it, or, for a
 * record merged away, the one it went into; each can be undone.
 */
export function MergeHistory({
  recordType,
  record,
  merges,
}: MergeHistoryProps) {
  const standing = merges.filter((m) => !m.undoneAt)
  if (standing.length === 0) return null
  const label = recordType.label.toLowerCase()

  return (
    <ul className="merge-history" aria-label="Merges">
      {standing.map((m) => (
        <li key={m.id}>
          {m.survivorId === record.id ? (
            <p>
              {plural(
                m.mergedIds.length,
                label,
                recordType.pluralLabel.toLowerCase(),
              )}{' '}
              merged into this one, {formatInstant(m.mergedAt)}.
            </p>
          ) : (
            <p>
              Merged into{' '}
              <Link to={`/${recordType.plural}/${m.survivorId}`}>
                another {label}
              </Link>
              , {formatInstant(m.mergedAt)}.
            </p>
          )}
          <UndoButton plural={recordType.plural} mergeId={m.id} />
        </li>
      ))}
    </ul>
  )
}
