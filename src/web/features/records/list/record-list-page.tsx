import { useState } from 'react'
import { useNavigate, useParams } from 'react-router-dom'
import type { QueryParams } from '@/app/api-client'
import type { RecordType } from '@/shared/api/record-types'
import { useRecordType } from '@/shared/api/record-types'
import { EmptyState, ErrorState, Loading } from '@/shared/ui/states'
import { useRecordList } from '../api/list-records'
import { boardFields } from '../board/board-columns'
import { ChoiceBoard } from '../board/choice-board'
import { RecordFormModal } from '../form/record-form-modal'
import { listColumns, listIncludes } from './columns'
import { FilterBar } from './filter-bar'
import { filterQuery, listQuery } from './list-query'
import { MassUpdateDialog } from './mass-update-dialog'
import { RecordTable, type Selection } from './record-table'
import { type ListState, useListState } from './use-list-state'
import { ViewToggle } from './view-toggle'

/** What a list's header offers beside New: the app adds exports. */
export interface ListActionsProps {
  recordType: RecordType
  /** The list's query: its filter, search and sort. */
  query: QueryParams
  /** The columns shown, after the title field. */
  fields: string[]
}

interface RecordListPageProps {
  actions?: (props: ListActionsProps) => React.ReactNode
}

export function RecordListPage({ actions }: RecordListPageProps) {
  const { plural } = useParams()
  const { recordType, data: types, isPending, error } = useRecordType(plural)

  if (isPending) return <Loading />
  if (error) return <ErrorState error={error} />
  if (!recordType || !types) {
    return <EmptyState>There is no record type called “{plural}”.</EmptyState>
  }

  return (
    <RecordList
      key={recordType.plural}
      recordType={recordType}
      types={types}
      actions={actions}
    />
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

interface RecordListProps extends RecordListPageProps {
  recordType: RecordType
  types: RecordType[]
}

function RecordList(props: RecordListProps) {
  const { recordType } = props
  const [state, update] = useListState()
  const [creating, setCreating] = useState(false)
  const [chosen, setChosen] = useState<Set<string>>(new Set())
  const [changing, setChanging] = useState(false)
  const navigate = useNavigate()
  const columns = listColumns(recordType, props.types)
  // Custom objects may show as a board by any of their choice fields.
  const boardable = recordType.customObject ? boardFields(recordType) : []
  const byField = boardable.find((f) => f.name === state.by) ?? boardable[0]
  const board = state.view === 'board' && byField && !state.trash
  const params = listQuery(state, listIncludes(columns))
  const query = useRecordList(recordType.plural, params, !board)
  const rows = query.data?.pages.flatMap((page) => page.data) ?? []
  const selection: Selection | undefined =
    recordType.actions.includes('mass_update') && !state.trash
      ? {
          ids: chosen,
          toggle: (id, on) =>
            setChosen((ids) => {
              const next = new Set(ids)
              if (on) next.add(id)
              else next.delete(id)
              return next
            }),
          all: (ids) => setChosen(new Set(ids ?? [])),
        }
      : undefined

  return (
    <section className="page page-list">
      <header className="page-header">
        <h1>
          {state.trash
            ? `${recordType.pluralLabel} in trash`
            : recordType.pluralLabel}
        </h1>
        <div className="page-actions">
          {boardable.length > 0 && !state.trash && (
            <ViewToggle
              board={Boolean(board)}
              onBoard={(on) => update({ view: on ? 'board' : '' })}
              fields={boardable}
              by={byField?.name ?? ''}
              onBy={(by) => update({ by })}
            />
          )}
          {chosen.size > 0 && (
            <button
              type="button"
              className="button"
              onClick={() => setChanging(true)}
            >
              Change {chosen.size} selected
            </button>
          )}
          {!state.trash &&
            props.actions?.({
              recordType,
              query: params,
              fields: columns.map((c) => c.field.name),
            })}
          <button
            type="button"
            className="button button-primary"
            onClick={() => setCreating(true)}
          >
            New {recordType.label}
          </button>
        </div>
      </header>
      <FilterBar recordType={recordType} state={state} update={update} />
      {board ? (
        <ChoiceBoard
          recordType={recordType}
          field={byField}
          base={filterQuery(state)}
        />
      ) : query.isPending ? (
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
          selection={selection}
        />
      )}
      {changing && (
        <MassUpdateDialog
          recordType={recordType}
          types={props.types}
          ids={[...chosen]}
          onDone={() => {
            setChanging(false)
            setChosen(new Set())
          }}
          onClose={() => setChanging(false)}
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
