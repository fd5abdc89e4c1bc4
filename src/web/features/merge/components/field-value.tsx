import type { FieldMeta, RecordType } from '@/shared/api/record-types'
import { refTarget } from '@/shared/api/ref-target'
import { formatFieldValue } from '@/shared/format/format-value'
import { RefLink } from '@/shared/ui/ref-value'

interface FieldValueProps {
  field: FieldMeta | undefined
  value: unknown
  types: RecordType[]
}

/** One record's value of a field, as the record page would show it. */
export function FieldValue({ field, value, types }: FieldValueProps) {
  if (value === null || value === undefined || value === '') {
    return <span className="muted">—</span>
  }
  if (!field) return <span>{String(value)}</span>
  if (field.type === 'ref' && typeof value === 'string') {
    const target = refTarget(field, types)
    return <RefLink target={target} id={value} embedded={null} />
  }
  return <span>{formatFieldValue(field, { id: '', [field.name]: value })}</span>
}
