import type { QueryParams } from '@/app/api-client'
import type { FieldMeta, RecordType } from '@/shared/api/record-types'

/** The key of the column of records that have no value in the field. */
export const NONE = '__none__'

export interface BoardColumn {
  key: string
  label: string
  /** The option value a card dropped here takes; null clears the field. */
  value: string | null
  filter: QueryParams
}

/** The single-choice fields a board may group a type's records by. */
export function boardFields(type: RecordType): FieldMeta[] {
  return type.fields.filter((field) => field.type === 'enum' && !field.readOnly)
}

export function boardColumns(field: FieldMeta): BoardColumn[] {
  const options = field.options.map((option) => ({
    key: option.value,
    label: option.label,
    value: option.value,
    filter: { [`filter[${field.name}]`]: option.value },
  }))
  const none = {
    key: NONE,
    label: 'None',
    value: null,
    filter: { [`filter[${field.name}][null]`]: 'true' },
  }
  return [...options, none]
}

/** The params of one column's list: the page's filters and its own. */
export function columnParams(
  base: QueryParams,
  column: BoardColumn,
): QueryParams {
  return { ...base, ...column.filter, limit: 50 }
}
