import { useQuery } from '@tanstack/react-query'
import { api } from '@/app/api-client'

export interface StageSummary {
  stageId: string
  count: number
  /** Null when the user's roles hide deals' amounts. */
  amount: string | null
}

export function boardKey(pipelineId: string, owner: string) {
  return ['board', pipelineId, owner] as const
}

export function useBoardSummary(pipelineId: string, owner: string) {
  return useQuery({
    queryKey: boardKey(pipelineId, owner),
    queryFn: async () => {
      const body = await api<{ data: StageSummary[] }>(
        `/pipelines/${pipelineId}/board`,
        { query: { 'filter[owner_id]': owner || undefined } },
      )
      return body.data
    },
    enabled: Boolean(pipelineId),
  })
}
