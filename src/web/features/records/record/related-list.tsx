import { useState } from 'react'
import { Link } from 'react-router-dom'
import { findRecordType, useRecordTypes } from '@/shared/api/record-types'
import { useWorkspaceCurrency } from '@/shared/api/session'
import { recordTitle } from '@/shared/format/record-title'
import { EmptyState, ErrorState, Loading } from '@/shared/ui/states'
import { useRecordList } from '../api/list-records'
import { RecordFormModal } from '../form/record-form-modal'
import { listColumns, listIncludes } from '../list/columns'
import { TableCell } from '../list/table-cell'
import type { Related } from './related-types'

interface RelatedListProps {
  related: Related
  recordId: string
}

export function RelatedList({ related, recordId }: RelatedListProps) {
  const { plural, title, field } = related
  const types = useRecordTypes().data ?? []
  const type = findRecordType(types, plural)
  const currency = useWorkspaceCurrency()
  const [creating, setCreating] = useState(false)
  // The field pointing back here would name this very record on each row.
  const columns = type
    ? listColumns(type, types)
        .filter((column) => column.field.name !== field)
        .slice(0, 3)
    : []
  // filter[field]=id: the relation holds this record, alone or among many.
  const params = {
    limit: 10,
    include: listIncludes(columns),
    [`filter[${field}]`]: recordId,
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
        {related.creatable && (
          <button
            type="button"
            className="button button-small card-title-action"
            onClick={() => setCreating(true)}
          >
            New {type.label}
          </button>
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
      {creating && (
        <RecordFormModal
          recordType={type}
          defaults={{ [field]: related.many ? [recordId] : recordId }}
          onClose={() => setCreating(false)}
        />
      )}
    </section>
  )
}
