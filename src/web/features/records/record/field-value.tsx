import type { FieldMeta, RecordType } from '@/shared/api/record-types'
import { refTarget } from '@/shared/api/ref-target'
import { useWorkspaceCurrency } from '@/shared/api/session'
import type { CrmRecord } from '@/shared/api/types'
import { formatFieldValue } from '@/shared/format/format-value'
import { RefValue } from '@/shared/ui/ref-value'

interface FieldValueProps {
  field: FieldMeta
  record: CrmRecord
  types: RecordType[]
}

export function FieldValue({ field, record, types }: FieldValueProps) {
  const currency = useWorkspaceCurrency()
  const value = record[field.name]
  if (value === null || value === undefined || value === '') {
    return <span className="muted">—</span>
  }

  if (field.type === 'ref') {
    const target = refTarget(field, types)
    return <RefValue field={field} record={record} target={target} />
  }
  if (field.type === 'url') {
    return (
      <a href={String(value)} target="_blank" rel="noreferrer">
        {String(value)}
      </a>
    )
  }
  if (field.type === 'email') {
    return <a href={`mailto:${String(value)}`}>{String(value)}</a>
  }

  return <>{formatFieldValue(field, record, currency)}</>
}
