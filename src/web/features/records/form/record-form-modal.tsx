import type { RecordType } from '@/shared/api/record-types'
import type { CrmRecord } from '@/shared/api/types'
import { Modal } from '@/shared/ui/modal'
import type { FormValues } from './form-values'
import { RecordForm } from './record-form'

interface RecordFormModalProps {
  recordType: RecordType
  record?: CrmRecord
  /** Values a new record starts with, e.g. the record it belongs to. */
  defaults?: FormValues
  onClose: () => void
  onSaved?: (record: CrmRecord) => void
}

export function RecordFormModal(props: RecordFormModalProps) {
  const { recordType, record, onClose } = props
  const title = record ? `Edit ${recordType.label}` : `New ${recordType.label}`

  return (
    <Modal title={title} onClose={onClose} wide>
      <RecordForm
        recordType={recordType}
        record={record}
        defaults={props.defaults}
        onCancel={onClose}
        onSaved={(saved) => {
          onClose()
          props.onSaved?.(saved)
        }}
      />
    </Modal>
  )
}
