import type { FieldMeta } from '@/shared/api/record-types'
import { EmptyState, ErrorState, Loading } from '@/shared/ui/states'
import { useAudit } from '../api/get-audit'
import { AuditEntryItem } from './audit-entry'

interface AuditHistoryProps {
  plural: string
  recordId: string
  fields: FieldMeta[]
  currency: string
}

export function AuditHistory(props: AuditHistoryProps) {
  const { plural, recordId, fields, currency } = props
  const query = useAudit(plural, recordId)
  const entries = query.data?.pages.flatMap((page) => page.data) ?? []

  return (
    <section className="card" data-testid="audit-history">
      <h2 className="card-title">History</h2>
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <ErrorState error={query.error} />
      ) : entries.length === 0 ? (
        <EmptyState>No changes recorded.</EmptyState>
      ) : (
        <ol className="audit-list">
          {entries.map((entry) => (
            <AuditEntryItem
              key={entry.id}
              entry={entry}
              fields={fields}
              currency={currency}
            />
          ))}
        </ol>
      )}
      {query.hasNextPage && (
        <button
          type="button"
          className="button button-small"
          disabled={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          Load more
        </button>
      )}
    </section>
  )
}
