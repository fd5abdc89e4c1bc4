import type { QueryParams } from '@/app/api-client'
import type { ListState } from './use-list-state'

export const PAGE_SIZE = 50

export function listQuery(
  state: ListState,
  include: string | undefined,
): QueryParams {
  return {
    limit: PAGE_SIZE,
    sort: state.sort || undefined,
    q: state.q || undefined,
    'filter[owner_id]': state.owner || undefined,
    'filter[stage_id]': state.stage || undefined,
    include,
    deleted: state.trash ? 'only' : undefined,
  }
}
