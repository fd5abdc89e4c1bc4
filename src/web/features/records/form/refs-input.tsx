import type { FieldMeta, RecordType } from '@/shared/api/record-types'
import { refTarget } from '@/shared/api/ref-target'
import { RecordsPicker } from './records-picker'
import { UsersPicker } from './users-picker'

export interface RefsInputProps {
  field: FieldMeta
  value: string[]
  onChange: (value: string[]) => void
  types: RecordType[]
  invalid: boolean
  errorId?: string
}

/** A relation to many: records of a type, or users, chosen as chips. */
export function RefsInput(props: RefsInputProps) {
  const target = refTarget(props.field, props.types)
  if (target.kind === 'record') {
    return <RecordsPicker {...props} type={target.type} />
  }
  if (target.kind === 'user') return <UsersPicker {...props} />

  return (
    <span id={`field-${props.field.name}`} className="muted">
      {props.value.length} chosen; this form cannot change them.
    </span>
  )
}
