import { Link } from 'react-router-dom'
import { errorMessage } from '@/app/api-error'
import type { RecordType } from '@/shared/api/record-types'
import type { MergeResult } from '../api/merge-records'
import { useUndoMerge } from '../api/merge-records'

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
  const undo = useUndoMerge(type.plural)
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
        <button
          type="button"
          className="button"
          disabled={undo.isPending}
          onClick={() => undo.mutate(result.id, { onSuccess: onUndone })}
        >
          {undo.isPending ? 'Undoing…' : 'Undo merge'}
        </button>
        {undo.error && (
          <p className="field-error" role="alert">
            {errorMessage(undo.error)}
          </p>
        )}
      </div>
    </section>
  )
}
