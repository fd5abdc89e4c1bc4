import { useState } from 'react'
import { useSearchParams } from 'react-router-dom'
import { errorMessage } from '@/app/api-error'
import { type RecordType, useRecordTypes } from '@/shared/api/record-types'
import { EmptyState, ErrorState, Loading } from '@/shared/ui/states'
import {
  type MergePreview,
  type MergeRefusal,
  useMergePreview,
} from '../api/merge-preview'
import { type MergeResult, useMergeRecords } from '../api/merge-records'
import { type Choices, chosenValues, defaultChoices } from '../model/choices'
import { MergeTable } from './merge-table'
import { MergedCard } from './merged-card'
import { RecordSearch } from './record-search'

function refusalText(refusal: MergeRefusal): string {
  const fields = (refusal.errors ?? []).map((e) => `${e.field}: ${e.message}`)
  return [refusal.detail ?? refusal.title, ...fields].join(' ')
}

function Moves({ preview }: { preview: MergePreview }) {
  const kept = preview.records.find((r) => r.id === preview.survivorId)
  return (
    <section className="card merge-moves" aria-label="What moves">
      <h2 className="card-title">What moves to {kept?.title}</h2>
      {preview.refusal ? (
        <p className="muted">Known once the merge can go ahead.</p>
      ) : preview.moves.length === 0 ? (
        <p className="muted">Nothing else points at the merged records.</p>
      ) : (
        <ul>
          {preview.moves.map((m) => (
            <li key={m.name}>
              {m.label}: <strong>{m.count}</strong>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

interface ChooserProps {
  type: RecordType
  types: RecordType[]
  ids: string[]
  onAdd: (id: string) => void
}

function Chooser({ type, types, ids, onAdd }: ChooserProps) {
  const [survivorId, setSurvivorId] = useState(ids[0] ?? '')
  const [picked, setPicked] = useState<Choices>({})
  const [showAll, setShowAll] = useState(false)
  const [result, setResult] = useState<MergeResult | null>(null)
  const mergedIds = ids.filter((id) => id !== survivorId)
  const preview = useMergePreview(type.plural, survivorId, mergedIds)
  const merge = useMergeRecords(type.plural)

  if (result) {
    const title =
      preview.data?.records.find((r) => r.id === result.survivorId)?.title ?? ''
    return (
      <MergedCard
        type={type}
        result={result}
        survivorTitle={title}
        onUndone={() => setResult(null)}
      />
    )
  }
  if (preview.isPending) return <Loading />
  if (preview.error) return <ErrorState error={preview.error} />
  const data = preview.data
  const choices = {
    ...defaultChoices(data.fields, survivorId, ids),
    ...picked,
  }
  const refusal = merge.error
    ? errorMessage(merge.error)
    : data.refusal && refusalText(data.refusal)
  const submit = () =>
    merge.mutate(
      { survivorId, mergedIds, values: chosenValues(choices, survivorId) },
      { onSuccess: setResult },
    )

  return (
    <>
      <MergeTable
        preview={data}
        type={type}
        types={types}
        survivorId={survivorId}
        choices={choices}
        showAll={showAll}
        onSurvivor={(id) => {
          setSurvivorId(id)
          setPicked({})
          merge.reset()
        }}
        onChoose={(field, id) => setPicked({ ...picked, [field]: id })}
      />
      <label className="merge-show-all">
        <input
          type="checkbox"
          checked={showAll}
          onChange={(event) => setShowAll(event.target.checked)}
        />
        Show the fields where they agree too
      </label>
      <Moves preview={data} />
      <details className="merge-add">
        <summary>Add another {type.label.toLowerCase()} to the merge</summary>
        <RecordSearch
          type={type}
          exclude={ids}
          label={`Find another ${type.label.toLowerCase()}`}
          onPick={onAdd}
        />
      </details>
      <footer className="merge-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={merge.isPending || Boolean(data.refusal)}
          onClick={submit}
        >
          {merge.isPending ? 'Merging…' : `Merge ${ids.length} records`}
        </button>
        {refusal && (
          <p className="field-error" role="alert">
            {refusal}
          </p>
        )}
      </footer>
    </>
  )
}

/**
 * /merge?type=contact&ids=a,b[,c]: merges accounts, contacts or leads
 * into the first (or the one chosen), field by field.
 */
export function MergePage() {
  const [params, setParams] = useSearchParams()
  const types = useRecordTypes()
  const type = types.data?.find((t) => t.name === params.get('type'))
  const ids = [...new Set((params.get('ids') ?? '').split(',').filter(Boolean))]
  const add = (id: string) =>
    setParams({ type: type?.name ?? '', ids: [...ids, id].join(',') })

  return (
    <section className="page merge-page" data-testid="merge-page">
      <header className="page-header">
        <h1>Merge {type ? type.pluralLabel.toLowerCase() : 'records'}</h1>
      </header>
      <p className="muted">
        Choose the record to keep and, where they differ, the value it keeps.
        Activities, links, deals and shares of the others move to it; the others
        are kept as deleted, pointing at it, and the merge can be undone.
      </p>
      {types.isPending && <Loading />}
      {types.data && !type && (
        <EmptyState>Accounts, contacts and leads can be merged.</EmptyState>
      )}
      {type && ids.length < 2 && (
        <EmptyState>Choose at least two records to merge.</EmptyState>
      )}
      {type && ids.length >= 2 && (
        <Chooser
          key={ids.join(',')}
          type={type}
          types={types.data ?? []}
          ids={ids}
          onAdd={add}
        />
      )}
    </section>
  )
}
