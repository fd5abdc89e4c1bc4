import { useState } from 'react'
import { useNavigate } from 'react-router-dom'
import type { RecordType } from '@/shared/api/record-types'
import type { CrmRecord } from '@/shared/api/types'
import { Modal } from '@/shared/ui/modal'
import { useRecordMerges } from '../api/record-merges'
import { mergeLink } from '../model/choices'
import { MergeHistory } from './merge-history'
import { RecordSearch } from './record-search'

const MERGEABLE = ['account', 'contact', 'lead']

interface MergePanelProps {
  recordType: RecordType
  record: CrmRecord
}

/**
 * On an account, contact or lead page: pick another record of the type
 * to merge with this one, then choose the values on the merge page.
 */
export function MergePanel({ recordType, record }: MergePanelProps) {
  const [open, setOpen] = useState(false)
  const navigate = useNavigate()
  const mergeable = MERGEABLE.includes(recordType.name)
  const merges = useRecordMerges(recordType.plural, record.id, mergeable)
  if (!mergeable || !recordType.actions.includes('edit')) return null
  const history = (
    <MergeHistory
      recordType={recordType}
      record={record}
      merges={merges.data ?? []}
    />
  )
  if (record.deleted_at) {
    if (!merges.data?.some((m) => !m.undoneAt)) return null
    return (
      <section className="card" aria-label="Merge" data-testid="merge-panel">
        <h2 className="card-title">Merged</h2>
        {history}
      </section>
    )
  }

  return (
    <section className="card" aria-label="Merge" data-testid="merge-panel">
      <h2 className="card-title">Merge</h2>
      <p className="muted">
        The same {recordType.label.toLowerCase()} entered twice? Merge the two
        into one, keeping the best value of each field.
      </p>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Merge with…
      </button>
      {history}
      {open && (
        <Modal
          title={`Merge with another ${recordType.label.toLowerCase()}`}
          onClose={() => setOpen(false)}
        >
          <RecordSearch
            type={recordType}
            exclude={[record.id]}
            label={`Find the ${recordType.label.toLowerCase()} to merge with`}
            onPick={(id) =>
              navigate(mergeLink(recordType.name, [record.id, id]))
            }
          />
        </Modal>
      )}
    </section>
  )
}
