import { useQuery } from '@tanstack/react-query'
import { api } from '@/app/api-client'

export interface Stage {
  id: string
  name: string
  position: number
  probability: number
  forecastCategory: string
  outcome: 'open' | 'won' | 'lost'
}

export interface Pipeline {
  id: string
  name: string
  isDefault: boolean
  stages: Stage[]
}

async function listPipelines(): Promise<Pipeline[]> {
  const body = await api<{ data: Pipeline[] }>('/pipelines')
  return body.data
    .map((pipeline) => ({
      ...pipeline,
      stages: [...pipeline.stages].sort((a, b) => a.position - b.position),
    }))
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault))
}

export function usePipelines() {
  return useQuery({
    queryKey: ['pipelines'],
    queryFn: listPipelines,
    staleTime: 5 * 60_000,
  })
}

export function findStage(
  pipelines: Pipeline[] | undefined,
  stageId: unknown,
): Stage | undefined {
  for (const pipeline of pipelines ?? []) {
    const stage = pipeline.stages.find((s) => s.id === stageId)
    if (stage) return stage
  }
  return undefined
}
