import { findStage, usePipelines } from '@/shared/api/pipelines'
import type { FieldMeta } from '@/shared/api/record-types'
import { useWorkspaceCurrency } from '@/shared/api/session'
import { useUsers } from '@/shared/api/users'
import { formatFieldValue } from '@/shared/format/format-value'

interface AuditValueProps {
  field: FieldMeta | undefined
  value: unknown
}

export function AuditValue({ field, value }: AuditValueProps) {
  const pipelines = usePipelines()
  const users = useUsers()
  const currency = useWorkspaceCurrency()

  if (value === null || value === undefined || value === '') {
    return <span className="audit-value muted">empty</span>
  }

  let text = typeof value === 'object' ? JSON.stringify(value) : String(value)
  if (field?.ref && /stage/.test(field.ref)) {
    text = findStage(pipelines.data, value)?.name ?? text
  } else if (field?.ref && /user/.test(field.ref)) {
    text = users.data?.find((user) => user.id === value)?.name ?? text
  } else if (field && field.type !== 'ref') {
    text = formatFieldValue(field, { id: '', [field.name]: value }, currency)
  }

  return <span className="audit-value">{text}</span>
}
