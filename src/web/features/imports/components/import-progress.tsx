import { ErrorState } from '@/shared/ui/states'
import { type Import, rejectedUrl, useImportAction } from '../api/imports'

const STATUS: Partial<Record<Import['status'], string>> = {
  queued: 'Waiting to start…',
  committing: 'Writing…',
  completed: 'Done:',
  cancelled: 'Cancelled after',
  failed: 'Failed after',
}

interface ImportProgressProps {
  view: Import
  onChange: () => void
}

/** How far a commit has got; then its refused rows and an undo. */
export function ImportProgress({ view, onChange }: ImportProgressProps) {
  const cancel = useImportAction(view.id, 'cancel')
  const undo = useImportAction(view.id, 'undo')
  const { done, total, created, updated, failed } = view.progress
  const busy = view.status === 'queued' || view.status === 'committing'
  const finished = view.status === 'completed' || view.status === 'cancelled'

  return (
    <section className="card" aria-label="Import" data-testid="import-progress">
      <progress
        max={Math.max(total, 1)}
        value={view.status === 'completed' ? Math.max(total, 1) : done}
        aria-label="Rows written"
      />
      <p>
        {STATUS[view.status]} {done.toLocaleString()} of{' '}
        {total.toLocaleString()} rows ({created.toLocaleString()} created,{' '}
        {updated.toLocaleString()} updated, {failed.toLocaleString()} failed)
      </p>
      {view.error && (
        <p className="field-error" role="alert">
          {view.error}
        </p>
      )}
      {cancel.error && <ErrorState error={cancel.error} />}
      {undo.error && <ErrorState error={undo.error} />}
      {busy && (
        <button
          type="button"
          className="button button-small"
          disabled={cancel.isPending}
          onClick={() => cancel.mutate(undefined, { onSuccess: onChange })}
        >
          Cancel
        </button>
      )}
      {finished && view.rejectedCount + failed > 0 && (
        <a className="button button-small" href={rejectedUrl(view.id)} download>
          Download refused rows
        </a>
      )}
      {finished && !view.undoneAt && created > 0 && (
        <button
          type="button"
          className="button button-small"
          disabled={undo.isPending}
          onClick={() => undo.mutate(undefined, { onSuccess: onChange })}
        >
          Undo: delete the {created.toLocaleString()} records created
        </button>
      )}
      {view.undoneAt && <p>Undone: the records it created are deleted.</p>}
    </section>
  )
}
