import type { FieldMeta, RecordType } from '@/shared/api/record-types'
import { FieldInput } from './field-input'
import type { FormValue } from './form-values'

interface FormFieldProps {
  field: FieldMeta
  value: FormValue
  onChange: (value: FormValue) => void
  types: RecordType[]
  error: string | undefined
  emptyLabel?: string
}

export function FormField(props: FormFieldProps) {
  const { field, error } = props
  const wide = field.type === 'longtext'

  return (
    <div
      className={wide ? 'field field-wide' : 'field'}
      data-field={field.name}
    >
      <label htmlFor={`field-${field.name}`}>
        {field.label}
        {field.required && (
          <span className="required" aria-hidden="true">
            *
          </span>
        )}
      </label>
      <FieldInput
        field={field}
        value={props.value}
        onChange={props.onChange}
        types={props.types}
        invalid={Boolean(error)}
        errorId={error ? `field-${field.name}-error` : undefined}
        emptyLabel={props.emptyLabel}
      />
      {error && (
        <span id={`field-${field.name}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  )
}
