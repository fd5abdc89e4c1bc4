import type { ApiError } from '@/app/api-error'

interface TopErrorsProps {
  message: string
  problem: ApiError | null
  shown: Set<string>
}

/** The problem's detail, plus field errors that have no input to sit by. */
export function TopErrors({ message, problem, shown }: TopErrorsProps) {
  const orphans = (problem?.errors ?? []).filter(
    (error) => !shown.has(error.field),
  )

  return (
    <div className="form-error" role="alert" data-testid="form-error">
      <p>{message}</p>
      {orphans.length > 0 && (
        <ul>
          {orphans.map((error) => (
            <li key={`${error.field}:${error.message}`}>
              {error.field ? `${error.field}: ` : ''}
              {error.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
