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
      <FieldLabel field={field} />
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

// A group of checkboxes has no single input to label; the group names
// itself after this caption through aria-labelledby.
function FieldLabel({ field }: { field: FieldMeta }) {
  const text = (
    <>
      {field.label}
      {field.required && (
        <span className="required" aria-hidden="true">
          *
        </span>
      )}
    </>
  )
  if (field.type === 'multiselect') {
    return <span id={`field-${field.name}-label`}>{text}</span>
  }
  return <label htmlFor={`field-${field.name}`}>{text}</label>
}
