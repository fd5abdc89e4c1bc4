import { useState } from 'react'
import { useCurrentUser } from '@/shared/api/session'
import { EmptyState, ErrorState, Loading } from '@/shared/ui/states'
import { useCustomObjects } from '../api/list-custom-objects'
import { AddObjectForm } from './add-object-form'
import { CustomObjectTable } from './custom-object-table'

export function CustomObjectsPage() {
  const objects = useCustomObjects()
  const isAdmin = useCurrentUser()?.role === 'admin'
  const [adding, setAdding] = useState(false)

  if (objects.isPending) return <Loading />
  if (objects.error) return <ErrorState error={objects.error} />

  return (
    <section className="page" data-testid="custom-objects-page">
      <header className="page-header">
        <h1>Objects</h1>
        {isAdmin && !adding && (
          <button
            type="button"
            className="button button-primary"
            onClick={() => setAdding(true)}
          >
            Add object
          </button>
        )}
      </header>
      {adding && <AddObjectForm onDone={() => setAdding(false)} />}
      {objects.data.length === 0 ? (
        <EmptyState>
          <div className="state-message">
            <p>No custom objects yet.</p>
            <p className="muted">
              An object is a record type of your own, such as Configurations or
              Contracts: it gets a list, forms, record pages and an API. Add its
              fields under Admin → Fields.
            </p>
          </div>
        </EmptyState>
      ) : (
        <CustomObjectTable objects={objects.data} canRetire={isAdmin} />
      )}
    </section>
  )
}
