import type { RecordType } from '@/shared/api/record-types'
import type { CrmRecord } from '@/shared/api/types'
import { Modal } from '@/shared/ui/modal'
import { RecordForm } from './record-form'

interface RecordFormModalProps {
  recordType: RecordType
  record?: CrmRecord
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
        onCancel={onClose}
        onSaved={(saved) => {
          onClose()
          props.onSaved?.(saved)
        }}
      />
    </Modal>
  )
}
