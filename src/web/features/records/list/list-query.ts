import type { QueryParams } from '@/app/api-client'
import type { ListState } from './use-list-state'

export const PAGE_SIZE = 50

/** What narrows a list, shared by the table and the board. */
export function filterQuery(state: ListState): QueryParams {
  const params: QueryParams = {
    q: state.q || undefined,
    'filter[owner_id]': state.owner || undefined,
    'filter[stage_id]': state.stage || undefined,
    deleted: state.trash ? 'only' : undefined,
  }
  for (const { field, op, value } of state.filters) {
    params[`filter[${field}][${op}]`] = value
  }
  return params
}

export function listQuery(
  state: ListState,
  include: string | undefined,
): QueryParams {
  return {
    limit: PAGE_SIZE,
    sort: state.sort || undefined,
    include,
    ...filterQuery(state),
  }
}
