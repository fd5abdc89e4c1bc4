import { useCallback } from 'react'
import { useSearchParams } from 'react-router-dom'

export interface ListState {
  q: string
  owner: string
  stage: string
  sort: string
  trash: boolean
}

type ListPatch = Partial<ListState>

export function useListState(): [ListState, (patch: ListPatch) => void] {
  const [params, setParams] = useSearchParams()

  const state: ListState = {
    q: params.get('q') ?? '',
    owner: params.get('owner') ?? '',
    stage: params.get('stage') ?? '',
    sort: params.get('sort') ?? '',
    trash: params.get('trash') === '1',
  }

  const update = useCallback(
    (patch: ListPatch) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          for (const [key, value] of Object.entries(patch)) {
            const text = value === true ? '1' : value === false ? '' : value
            if (text) next.set(key, String(text))
            else next.delete(key)
          }
          return next
        },
        { replace: true },
      )
    },
    [setParams],
  )

  return [state, update]
}

export function nextSort(current: string, field: string): string {
  if (current === field) return `-${field}`
  if (current === `-${field}`) return ''
  return field
}
