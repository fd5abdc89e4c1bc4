import { useCallback } from 'react'
import { useSearchParams } from 'react-router-dom'
import { type FieldFilter, formatFilter, parseFilter } from './field-filter'

export interface ListState {
  q: string
  owner: string
  stage: string
  sort: string
  trash: boolean
  /** Conditions on fields, kept as repeated `where` parameters. */
  filters: FieldFilter[]
  /** 'board' shows the records as cards in a column per option. */
  view: string
  /** The choice field the board's columns come from. */
  by: string
}

type ListPatch = Partial<ListState>

function readState(params: URLSearchParams): ListState {
  return {
    q: params.get('q') ?? '',
    owner: params.get('owner') ?? '',
    stage: params.get('stage') ?? '',
    sort: params.get('sort') ?? '',
    trash: params.get('trash') === '1',
    filters: params
      .getAll('where')
      .map(parseFilter)
      .filter((filter) => filter !== null),
    view: params.get('view') ?? '',
    by: params.get('by') ?? '',
  }
}

function writePatch(params: URLSearchParams, patch: ListPatch) {
  const next = new URLSearchParams(params)
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'filters') {
      next.delete('where')
      for (const filter of value as FieldFilter[]) {
        next.append('where', formatFilter(filter))
      }
      continue
    }
    const text = value === true ? '1' : value === false ? '' : value
    if (text) next.set(key, String(text))
    else next.delete(key)
  }
  return next
}

export function useListState(): [ListState, (patch: ListPatch) => void] {
  const [params, setParams] = useSearchParams()

  const update = useCallback(
    (patch: ListPatch) => {
      setParams((current) => writePatch(current, patch), { replace: true })
    },
    [setParams],
  )

  return [readState(params), update]
}

export function nextSort(current: string, field: string): string {
  if (current === field) return `-${field}`
  if (current === `-${field}`) return ''
  return field
}
