import { ErrorState } from '@/shared/ui/states'
import { fileUrl, useCancelExport, useExport } from '../api/exports'

interface ExportProgressProps {
  id: string
  label: string
  onClose: () => void
}

const STATUS = {
  queued: 'Waiting to start…',
  running: 'Writing…',
  completed: 'Ready:',
  failed: 'Failed',
  cancelled: 'Cancelled',
}

/** How far an export has got, then its file. */
export function ExportProgress({ id, label, onClose }: ExportProgressProps) {
  const query = useExport(id)
  const cancel = useCancelExport(id)
  const job = query.data
  const total = job?.total ?? 0
  const done = job?.done ?? 0
  const busy = job?.status === 'queued' || job?.status === 'running'

  return (
    <section
      className="export-toast card"
      aria-label="Export"
      data-testid="export-progress"
    >
      <header className="export-toast-header">
        <h2 className="card-title">Export of {label.toLowerCase()}</h2>
        {!busy && (
          <button
            type="button"
            className="icon-button"
            aria-label="Close"
            onClick={onClose}
          >
            ×
          </button>
        )}
      </header>
      {query.error && <ErrorState error={query.error} />}
      {job && (
        <>
          <progress
            max={Math.max(total, 1)}
            value={job.status === 'completed' ? Math.max(total, 1) : done}
            aria-label="Records written"
          />
          <p className="export-status">
            {job.status === 'completed'
              ? `Ready: ${done.toLocaleString()} records`
              : `${STATUS[job.status]} ${done.toLocaleString()} of ${total.toLocaleString()} records`}
          </p>
          {job.error && (
            <p className="field-error" role="alert">
              {job.error}
            </p>
          )}
          {busy && (
            <button
              type="button"
              className="button button-small"
              disabled={cancel.isPending}
              onClick={() =>
                cancel.mutate(undefined, { onSuccess: () => query.refetch() })
              }
            >
              Cancel
            </button>
          )}
          {job.status === 'completed' && (
            <a
              className="button button-primary button-small"
              href={fileUrl(id)}
              download
            >
              Download {job.format === 'xlsx' ? 'workbook' : 'CSV'}
            </a>
          )}
        </>
      )}
    </section>
  )
}
