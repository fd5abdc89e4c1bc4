import type { FieldMeta } from '@/shared/api/record-types'
import type { RefTarget } from '@/shared/api/ref-target'
import type { CrmRecord } from '@/shared/api/types'
import { RefValue } from './ref-value'
import { RefsValue } from './refs-value'

interface RelationValueProps {
  field: FieldMeta
  record: CrmRecord
  target: RefTarget
}

/** A relation's value: one related record, or the many of a refs field. */
export function RelationValue(props: RelationValueProps) {
  if (props.field.type === 'refs') return <RefsValue {...props} />
  return <RefValue {...props} />
}
