import { Link } from 'react-router-dom'
import type { RecordType } from '@/shared/api/record-types'
import type { MergeResult } from '../api/merge-records'
import { UndoButton } from './undo-button'

interface MergedCardProps {
  type: RecordType
  result: MergeResult
  survivorTitle: string
  onUndone: () => void
}

/** What a merge did, with the way back. */
export function MergedCard({
  type,
  result,
  survivorTitle,
  onUndone,
}: MergedCardProps) {
  const count = result.mergedIds.length
  const noun = count === 1 ? type.label : type.pluralLabel

  return (
    <section className="card merge-done" role="status" aria-label="Merged">
      <p>
        Merged {count} {noun.toLowerCase()} into{' '}
        <strong>{survivorTitle}</strong>.{' '}
        {count === 1 ? 'The merged one is' : 'The merged ones are'} kept as
        deleted, pointing at it.
      </p>
      <div className="merge-actions">
        <Link
          className="button button-primary"
          to={`/${type.plural}/${result.survivorId}`}
        >
          Open {survivorTitle}
        </Link>
        <UndoButton
          plural={type.plural}
          mergeId={result.id}
          onUndone={onUndone}
        />
      </div>
    </section>
  )
}
