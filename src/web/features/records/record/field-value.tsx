import type { FieldMeta, RecordType } from '@/shared/api/record-types'
import { isRelation, refTarget } from '@/shared/api/ref-target'
import { useWorkspaceCurrency } from '@/shared/api/session'
import type { CrmRecord } from '@/shared/api/types'
import { formatFieldValue } from '@/shared/format/format-value'
import { RelationValue } from '@/shared/ui/relation-value'

interface FieldValueProps {
  field: FieldMeta
  record: CrmRecord
  types: RecordType[]
}

export function FieldValue({ field, record, types }: FieldValueProps) {
  const currency = useWorkspaceCurrency()
  const value = record[field.name]
  if (isEmpty(value)) return <span className="muted">—</span>

  if (isRelation(field)) {
    const target = refTarget(field, types)
    return <RelationValue field={field} record={record} target={target} />
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

function isEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0
  return value === null || value === undefined || value === ''
}
