import type { RecordType } from '@/shared/api/record-types'
import type { CrmRecord } from '@/shared/api/types'
import { recordTitle } from '@/shared/format/record-title'
import { listColumns } from '../list/columns'
import { FieldValue } from './field-value'

interface RecordHeaderProps {
  recordType: RecordType
  record: CrmRecord
  types: RecordType[]
  actions: React.ReactNode
}

export function RecordHeader(props: RecordHeaderProps) {
  const { recordType, record, types } = props
  const keyFields = listColumns(recordType, types)
    .slice(0, 4)
    .map((column) => column.field)

  return (
    <header className="record-header card">
      <div className="record-heading">
        <span className="record-kind">{recordType.label}</span>
        <h1>{recordTitle(record, recordType.titleField)}</h1>
        {Boolean(record.deleted_at) && (
          <span className="badge badge-danger">In trash</span>
        )}
      </div>
      <div className="record-actions">{props.actions}</div>
      <dl className="key-fields">
        {keyFields.map((field) => (
          <div key={field.name} className="pair">
            <dt>{field.label}</dt>
            <dd>
              <FieldValue field={field} record={record} types={types} />
            </dd>
          </div>
        ))}
      </dl>
    </header>
  )
}
