import { errorMessage } from '@/app/api-error'

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="state state-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  )
}

export function ErrorState({ error }: { error: unknown }) {
  return (
    <div className="state state-error" role="alert">
      {errorMessage(error)}
    </div>
  )
}

export function EmptyState({ children }: { children: React.ReactNode }) {
  return <div className="state state-empty">{children}</div>
}
