import { useState } from 'react'
import { AccessDialog } from './access-dialog'

interface AccessPanelProps {
  plural: string
  recordId: string
  /** The record type's plural label, e.g. "Opportunities". */
  typeLabel: string
}

/** The record page's way into who may see and change the record. */
export function AccessPanel(props: AccessPanelProps) {
  const [open, setOpen] = useState(false)

  return (
    <section className="card" data-testid="access-panel">
      <h2 className="card-title">
        Access
        <button
          type="button"
          className="button button-small card-title-action"
          onClick={() => setOpen(true)}
        >
          Who can see this?
        </button>
      </h2>
      <p className="muted">
        What each person may do with this record, and which role decides.
      </p>
      {open && (
        <AccessDialog
          plural={props.plural}
          recordId={props.recordId}
          typeLabel={props.typeLabel.toLowerCase()}
          onClose={() => setOpen(false)}
        />
      )}
    </section>
  )
}
