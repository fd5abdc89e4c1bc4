import { Link } from 'react-router-dom'
import { findRecordType, useRecordTypes } from '@/shared/api/record-types'
import { useWorkspaceCurrency } from '@/shared/api/session'
import { recordTitle } from '@/shared/format/record-title'
import { EmptyState, ErrorState, Loading } from '@/shared/ui/states'
import { useRecordList } from '../api/list-records'
import { listColumns, listIncludes } from '../list/columns'
import { TableCell } from '../list/table-cell'

interface RelatedListProps {
  plural: string
  title: string
  filter: Record<string, string>
}

export function RelatedList({ plural, title, filter }: RelatedListProps) {
  const types = useRecordTypes().data ?? []
  const type = findRecordType(types, plural)
  const currency = useWorkspaceCurrency()
  const columns = type ? listColumns(type, types).slice(0, 3) : []
  const params: Record<string, string | number | undefined> = {
    limit: 10,
    include: listIncludes(columns),
  }
  for (const [field, value] of Object.entries(filter)) {
    params[`filter[${field}]`] = value
  }
  const query = useRecordList(plural, params, Boolean(type))
  const rows = query.data?.pages.flatMap((page) => page.data) ?? []
  if (!type) return null

  return (
    <section className="card related" data-testid={`related-${plural}`}>
      <h2 className="card-title">
        {title}
        {rows.length > 0 && (
          <span className="count">
            {rows.length}
            {query.hasNextPage ? '+' : ''}
          </span>
        )}
      </h2>
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <ErrorState error={query.error} />
      ) : rows.length === 0 ? (
        <EmptyState>No {title.toLowerCase()} yet.</EmptyState>
      ) : (
        <ul className="related-rows">
          {rows.map((record) => (
            <li key={record.id} className="related-row">
              <Link to={`/${plural}/${record.id}`} className="related-title">
                {recordTitle(record, type.titleField)}
              </Link>
              {columns.map((column) => (
                <TableCell
                  key={column.field.name}
                  column={column}
                  record={record}
                  currency={currency}
                />
              ))}
            </li>
          ))}
        </ul>
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
