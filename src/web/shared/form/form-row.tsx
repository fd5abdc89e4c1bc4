interface FormRowProps {
  label: string
  error: string | undefined
  help?: string
  wide?: boolean
  children: React.ReactElement<{ id: string }>
}

export function FormRow(props: FormRowProps) {
  const { label, error, help, wide, children } = props
  const id = children.props.id

  return (
    <div className={wide ? 'field field-wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      {help && <span className="field-help">{help}</span>}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  )
}
