import { useState } from 'react'
import { useNavigate, useParams } from 'react-router-dom'
import type { RecordType } from '@/shared/api/record-types'
import { useRecordType } from '@/shared/api/record-types'
import { EmptyState, ErrorState, Loading } from '@/shared/ui/states'
import { useRecordList } from '../api/list-records'
import { RecordFormModal } from '../form/record-form-modal'
import { listColumns, listIncludes } from './columns'
import { FilterBar } from './filter-bar'
import { listQuery } from './list-query'
import { RecordTable } from './record-table'
import { type ListState, useListState } from './use-list-state'

export function RecordListPage() {
  const { plural } = useParams()
  const { recordType, data: types, isPending, error } = useRecordType(plural)

  if (isPending) return <Loading />
  if (error) return <ErrorState error={error} />
  if (!recordType || !types) {
    return <EmptyState>There is no record type called “{plural}”.</EmptyState>
  }

  return (
    <RecordList key={recordType.plural} recordType={recordType} types={types} />
  )
}

function emptyMessage(type: RecordType, state: ListState): string {
  const label = type.pluralLabel.toLowerCase()
  if (state.trash) return `The trash has no ${label}.`
  if (state.q || state.owner || state.stage || state.filters.length > 0) {
    return `No ${label} match these filters.`
  }
  return `No ${label} yet.`
}

function RecordList(props: { recordType: RecordType; types: RecordType[] }) {
  const { recordType } = props
  const [state, update] = useListState()
  const [creating, setCreating] = useState(false)
  const navigate = useNavigate()
  const columns = listColumns(recordType, props.types)
  const query = useRecordList(
    recordType.plural,
    listQuery(state, listIncludes(columns)),
  )
  const rows = query.data?.pages.flatMap((page) => page.data) ?? []

  return (
    <section className="page page-list">
      <header className="page-header">
        <h1>
          {state.trash
            ? `${recordType.pluralLabel} in trash`
            : recordType.pluralLabel}
        </h1>
        <button
          type="button"
          className="button button-primary"
          onClick={() => setCreating(true)}
        >
          New {recordType.label}
        </button>
      </header>
      <FilterBar recordType={recordType} state={state} update={update} />
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <ErrorState error={query.error} />
      ) : rows.length === 0 ? (
        <EmptyState>{emptyMessage(recordType, state)}</EmptyState>
      ) : (
        <RecordTable
          recordType={recordType}
          columns={columns}
          query={query}
          sort={state.sort}
          onSort={(sort) => update({ sort })}
          trash={state.trash}
        />
      )}
      {creating && (
        <RecordFormModal
          recordType={recordType}
          onClose={() => setCreating(false)}
          onSaved={(record) => navigate(`/${recordType.plural}/${record.id}`)}
        />
      )}
    </section>
  )
}
