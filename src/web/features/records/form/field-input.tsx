import type { FieldMeta, RecordType } from '@/shared/api/record-types'
import { ChoiceGroup } from './choice-group'
import type { FormValue } from './form-values'
import { RefInput } from './ref-input'
import { RefsInput } from './refs-input'

interface FieldInputProps {
  field: FieldMeta
  value: FormValue
  onChange: (value: FormValue) => void
  types: RecordType[]
  invalid: boolean
  /** Ids of the help text and of the message about an invalid value. */
  errorId?: string
  /** What the empty choice of a select stands for; "—" when nothing. */
  emptyLabel?: string
}

const INPUT_TYPES: Partial<Record<FieldMeta['type'], string>> = {
  email: 'email',
  url: 'url',
  phone: 'tel',
  integer: 'number',
  percent: 'number',
  date: 'date',
  datetime: 'datetime-local',
}

export function FieldInput(props: FieldInputProps) {
  const { field, value, onChange, invalid } = props
  const common = {
    id: `field-${field.name}`,
    name: field.name,
    required: field.required,
    'aria-invalid': invalid || undefined,
    'aria-describedby': props.errorId,
  }

  switch (field.type) {
    case 'boolean':
      return (
        <input
          {...common}
          required={false}
          type="checkbox"
          checked={value === true}
          onChange={(event) => onChange(event.target.checked)}
        />
      )
    case 'longtext':
      return (
        <textarea
          {...common}
          rows={4}
          value={String(value)}
          onChange={(event) => onChange(event.target.value)}
        />
      )
    case 'enum':
      return (
        <select
          {...common}
          value={String(value)}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">{props.emptyLabel ?? '—'}</option>
          {field.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )
    case 'multiselect':
      return (
        <ChoiceGroup
          field={field}
          value={Array.isArray(value) ? value : []}
          onChange={onChange}
          invalid={invalid}
          errorId={props.errorId}
        />
      )
    case 'ref':
      return (
        <RefInput
          field={field}
          value={String(value)}
          onChange={onChange}
          types={props.types}
          invalid={invalid}
          errorId={props.errorId}
          emptyLabel={props.emptyLabel}
        />
      )
    case 'refs':
      return (
        <RefsInput
          field={field}
          value={Array.isArray(value) ? value : []}
          onChange={onChange}
          types={props.types}
          invalid={invalid}
          errorId={props.errorId}
        />
      )
    default:
      return (
        <input
          {...common}
          type={INPUT_TYPES[field.type] ?? 'text'}
          inputMode={
            field.type === 'money' || field.type === 'decimal'
              ? 'decimal'
              : undefined
          }
          step={field.type === 'integer' ? 1 : undefined}
          value={String(value)}
          onChange={(event) => onChange(event.target.value)}
        />
      )
  }
}
