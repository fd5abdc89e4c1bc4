import type { FieldMeta } from '@/shared/api/record-types'
import { useRecordTypes } from '@/shared/api/record-types'
import { isRelation, refTarget } from '@/shared/api/ref-target'
import { formatFieldValue } from '@/shared/format/format-value'
import { RelationValue } from '@/shared/ui/relation-value'

interface AuditValueProps {
  field: FieldMeta | undefined
  value: unknown
  currency: string
}

export function AuditValue({ field, value, currency }: AuditValueProps) {
  const types = useRecordTypes().data

  if (value === null || value === undefined || value === '') {
    return <span className="audit-value muted">empty</span>
  }
  if (!field) {
    const text = typeof value === 'object' ? JSON.stringify(value) : value
    return <span className="audit-value">{String(text)}</span>
  }

  const record = { id: '', [field.name]: value }
  return (
    <span className="audit-value">
      {isRelation(field) ? (
        <RelationValue
          field={field}
          record={record}
          target={refTarget(field, types)}
        />
      ) : (
        formatFieldValue(field, { ...record, currency }, currency)
      )}
    </span>
  )
}
