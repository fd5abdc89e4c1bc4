import { useState } from 'react'
import { errorMessage } from '@/app/api-error'
import { useToast } from '@/app/toast'
import type { RecordType } from '@/shared/api/record-types'
import type { CrmRecord } from '@/shared/api/types'
import { recordTitle } from '@/shared/format/record-title'
import { useDeleteRecord, useRestoreRecord } from '../api/trash-record'
import { RecordFormModal } from '../form/record-form-modal'

interface RecordActionsProps {
  recordType: RecordType
  record: CrmRecord
}

export function RecordActions({ recordType, record }: RecordActionsProps) {
  const [editing, setEditing] = useState(false)
  const remove = useDeleteRecord()
  const restore = useRestoreRecord()
  const toast = useToast()
  const ref = { plural: recordType.plural, id: record.id }
  const title = recordTitle(record, recordType.titleField)

  const onDelete = () => {
    if (!window.confirm(`Move ${recordType.label} “${title}” to the trash?`)) {
      return
    }
    remove.mutate(ref, {
      onSuccess: () => toast(`${title} moved to the trash`, 'success'),
    })
  }

  const onRestore = () =>
    restore.mutate(ref, {
      onSuccess: () => toast(`${title} restored`, 'success'),
    })
  // A refusal (403 when the user's roles do not allow it) stays beside
  // the button that asked, in the server's words.
  const refusal = (remove.error ?? restore.error) && (
    <span className="field-error action-error" role="alert">
      {errorMessage(remove.error ?? restore.error)}
    </span>
  )

  if (record.deleted_at) {
    return (
      <>
        <button
          type="button"
          className="button button-primary"
          disabled={restore.isPending}
          onClick={onRestore}
        >
          Restore
        </button>
        {refusal}
      </>
    )
  }

  return (
    <>
      <button type="button" className="button" onClick={() => setEditing(true)}>
        Edit
      </button>
      <button
        type="button"
        className="button button-danger"
        disabled={remove.isPending}
        onClick={onDelete}
      >
        Delete
      </button>
      {refusal}
      {editing && (
        <RecordFormModal
          recordType={recordType}
          record={record}
          onClose={() => setEditing(false)}
        />
      )}
    </>
  )
}
