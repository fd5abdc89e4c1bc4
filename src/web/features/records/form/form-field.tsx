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
  const helpId = field.helpText ? `field-${field.name}-help` : undefined
  const errorId = error ? `field-${field.name}-error` : undefined
  const describedBy = [helpId, errorId].filter(Boolean).join(' ')

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
        errorId={describedBy || undefined}
        emptyLabel={props.emptyLabel}
      />
      {field.helpText && (
        <span id={helpId} className="field-help">
          {field.helpText}
        </span>
      )}
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </div>
  )
}
