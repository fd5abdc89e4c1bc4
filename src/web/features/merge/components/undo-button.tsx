import { errorMessage } from '@/app/api-error'
import { useUndoMerge } from '../api/merge-records'

interface UndoButtonProps {
  plural: string
  mergeId: string
  onUndone?: () => void
}

/** Undoes a merge, with the server's reason beside it when it refuses. */
export function UndoButton({ plural, mergeId, onUndone }: UndoButtonProps) {
  const undo = useUndoMerge(plural)
  return (
    <div className="merge-actions">
      <button
        type="button"
        className="button"
        disabled={undo.isPending}
        onClick={() => undo.mutate(mergeId, { onSuccess: onUndone })}
      >
        {undo.isPending ? 'Undoing…' : 'Undo merge'}
      </button>
      {undo.error && (
        <p className="field-error" role="alert">
          {errorMessage(undo.error)}
        </p>
      )}
    </div>
  )
}
