import type { EnumOption } from '@/shared/api/record-type-model'
import type { CustomFieldType } from '../api/custom-field'

interface DefaultValueInputProps {
  id: string
  type: CustomFieldType
  options: EnumOption[]
  value: string
  onChange: (value: string) => void
}

const INPUT_TYPES: Partial<Record<CustomFieldType, string>> = {
  email: 'email',
  url: 'url',
  phone: 'tel',
  date: 'date',
  datetime: 'datetime-local',
}

const NUMBERS: CustomFieldType[] = ['integer', 'decimal', 'money', 'percent']

/** An input for a default of the field's type, held as text. */
export function DefaultValueInput(props: DefaultValueInputProps) {
  const { id, type, value, onChange } = props
  const common = { id, name: 'defaultValue', value }

  if (type === 'boolean' || type === 'enum') {
    const choices =
      type === 'boolean'
        ? [
            { value: 'true', label: 'Yes' },
            { value: 'false', label: 'No' },
          ]
        : props.options
    return (
      <select {...common} onChange={(e) => onChange(e.target.value)}>
        <option value="">No default</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    )
  }

  return (
    <input
      {...common}
      type={INPUT_TYPES[type] ?? 'text'}
      inputMode={NUMBERS.includes(type) ? 'decimal' : undefined}
      onChange={(e) => onChange(e.target.value)}
    />
  )
}
