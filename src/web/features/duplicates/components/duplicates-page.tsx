import { useState } from 'react'
import { useRecordTypes } from '@/shared/api/record-types'
import { EmptyState, ErrorState, Loading } from '@/shared/ui/states'
import {
  DUPLICATE_TYPES,
  type DuplicateType,
  type PairStatus,
  useDuplicatePairs,
} from '../api/duplicates'
import { type MergeResult, useUndoMerge } from '../api/merge-records'
import { recordName } from '../model/describe-record'
import { MergeModal } from './merge-modal'
import { PairRow } from './pair-row'

function Tabs<T extends string>(props: {
  label: string
  options: { value: T; label: string }[]
  value: T
  onChange: (value: T) => void
}) {
  return (
    <div className="duplicate-tabs" role="tablist" aria-label={props.label}>
      {props.options.map((o) => (
        <button
          key={o.value}
          type="button"
          role="tab"
          aria-selected={o.value === props.value}
          className={`button ${o.value === props.value ? 'button-primary' : ''}`}
          onClick={() => props.onChange(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
  )
}

const STATUSES: { value: PairStatus; label: string }[] = [
  { value: 'open', label: 'To review' },
  { value: 'dismissed', label: 'Not duplicates' },
]

/** Duplicates: pairs of records that look like one, most likely first. */
export function DuplicatesPage() {
  const types = useRecordTypes()
  const [type, setType] = useState<DuplicateType>('contact')
  const [status, setStatus] = useState<PairStatus>('open')
  const pairs = useDuplicatePairs(type, status)
  const [merging, setMerging] = useState<[string, string] | null>(null)
  const [merged, setMerged] = useState<MergeResult | null>(null)
  const undo = useUndoMerge()

  const viewable = (types.data ?? []).filter(
    (t) =>
      (DUPLICATE_TYPES as readonly string[]).includes(t.name) &&
      t.actions.includes('view'),
  )
  const plural = viewable.find((t) => t.name === type)?.plural ?? `${type}s`
  const rows = pairs.data?.pages.flatMap((p) => p.data) ?? []
  const catchingUp = pairs.data?.pages[0]?.upToDate === false

  return (
    <section className="page" data-testid="duplicates-page">
      <header className="page-header">
        <h1>Duplicates</h1>
      </header>
      <div className="duplicate-filters">
        <Tabs
          label="Record type"
          options={viewable.map((t) => ({
            value: t.name as DuplicateType,
            label: t.pluralLabel,
          }))}
          value={type}
          onChange={setType}
        />
        <Tabs
          label="Status"
          options={STATUSES}
          value={status}
          onChange={setStatus}
        />
      </div>
      {merged && (
        <div className="duplicate-merged" role="status">
          {undo.isSuccess ? 'The merge was undone.' : 'Records merged.'}
          {!undo.isSuccess && (
            <button
              type="button"
              className="button"
              disabled={undo.isPending}
              onClick={() => undo.mutate({ plural, id: merged.id })}
            >
              Undo merge
            </button>
          )}
          {undo.error && <ErrorState error={undo.error} />}
        </div>
      )}
      {merging && (
        <MergeModal
          plural={plural}
          ids={merging}
          title={(record) => recordName(type, record)}
          onClose={() => setMerging(null)}
          onMerged={(result) => {
            undo.reset()
            setMerged(result)
            setMerging(null)
          }}
        />
      )}
      {catchingUp && (
        <p className="muted">
          Recently imported records are still being compared; more pairs may
          appear.
        </p>
      )}
      {pairs.error && <ErrorState error={pairs.error} />}
      {pairs.isPending && <Loading />}
      {pairs.data && rows.length === 0 && (
        <EmptyState>
          {status === 'open'
            ? 'No likely duplicates among the records you can see.'
            : 'No pairs have been marked as not duplicates.'}
        </EmptyState>
      )}
      {rows.length > 0 && (
        <ul
          className="card card-flush duplicate-pairs"
          aria-label="Duplicate pairs"
        >
          {rows.map((pair) => (
            <PairRow
              key={`${pair.record.id}:${pair.other.id}`}
              type={type}
              plural={plural}
              pair={pair}
              dismissed={status === 'dismissed'}
              onMerge={() => setMerging([pair.record.id, pair.other.id])}
            />
          ))}
        </ul>
      )}
      {pairs.hasNextPage && (
        <button
          type="button"
          className="button"
          disabled={pairs.isFetchingNextPage}
          onClick={() => pairs.fetchNextPage()}
        >
          Show more
        </button>
      )}
    </section>
  )
}
