import { errorHeadline, type NamedError } from './field-errors'

interface TopErrorsProps {
  errors: NamedError[]
  fallback: string
  shown: Set<string>
  onPick: (field: string) => void
  ref?: React.Ref<HTMLDivElement>
}

/**
 * Names the fields that need attention; each one jumps to its input, and
 * errors for fields the form does not show are spelled out here instead.
 */
export function TopErrors(props: TopErrorsProps) {
  const { errors, shown, onPick } = props
  return (
    <div
      ref={props.ref}
      className="form-error"
      role="alert"
      data-testid="form-error"
      tabIndex={-1}
    >
      <p>{errorHeadline(errors, props.fallback)}</p>
      {errors.length > 1 && (
        <ul>
          {errors.map((error) => (
            <li key={`${error.field}:${error.message}`}>
              {shown.has(error.field) ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onPick(error.field)}
                >
                  {error.sentence}
                </button>
              ) : (
                error.sentence
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
