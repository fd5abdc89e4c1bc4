import type { FieldMeta, RecordType } from '@/shared/api/record-types'
import { useRecordTypes } from '@/shared/api/record-types'
import { refTarget } from '@/shared/api/ref-target'
import { useUsers } from '@/shared/api/users'
import { useRecordTitles } from '../form/record-titles'
import { type FieldFilter, opWord } from './field-filter'

interface FilterChipProps {
  field: FieldMeta | undefined
  filter: FieldFilter
  onRemove: () => void
}

function valueWord(field: FieldMeta, value: string): string {
  if (field.type === 'boolean') return value === 'true' ? 'Yes' : 'No'
  return field.options.find((o) => o.value === value)?.label ?? value
}

function filterLabel(field: FieldMeta, filter: FieldFilter, value: string) {
  return `${field.label} ${opWord(field, filter.op)} ${value}`
}

/** One condition of the list, in words, with a button that drops it. */
export function FilterChip({ field, filter, onRemove }: FilterChipProps) {
  if (!field) return <Chip label={filter.field} onRemove={onRemove} />
  if (field.type === 'refs') {
    return <RelationChip field={field} filter={filter} onRemove={onRemove} />
  }

  const label = filterLabel(field, filter, valueWord(field, filter.value))
  return <Chip label={label} onRemove={onRemove} />
}

// The id in the address is named by the record's or the user's title.
function RelationChip(props: FilterChipProps & { field: FieldMeta }) {
  const target = refTarget(props.field, useRecordTypes().data)
  if (target.kind === 'record') {
    return <RecordChip {...props} type={target.type} />
  }
  return <UserChip {...props} />
}

function UserChip(props: FilterChipProps & { field: FieldMeta }) {
  const { field, filter } = props
  const users = useUsers().data
  const user = users?.find((candidate) => candidate.id === filter.value)
  const label = filterLabel(field, filter, user?.name ?? '…')
  return <Chip label={label} onRemove={props.onRemove} />
}

function RecordChip(
  props: FilterChipProps & {
    field: FieldMeta
    type: RecordType
  },
) {
  const { field, filter } = props
  const [chosen] = useRecordTitles(props.type, [filter.value])
  const label = filterLabel(field, filter, chosen?.title ?? '…')
  return <Chip label={label} onRemove={props.onRemove} />
}

function Chip({ label, onRemove }: { label: string; onRemove: () => void }) {
  return (
    <span className="filter-chip" data-testid="filter-chip">
      {label}
      <button
        type="button"
        aria-label={`Remove filter ${label}`}
        onClick={onRemove}
      >
        ×
      </button>
    </span>
  )
}
