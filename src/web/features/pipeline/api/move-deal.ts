import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import { errorMessage } from '@/app/api-error'
import { useToast } from '@/app/toast'
import type { DealMove } from '../model/deal'
import {
  type DealPages,
  shiftSummary,
  withDeal,
  withoutDeal,
} from '../model/optimistic-move'
import { boardKey, type StageSummary } from './get-board'
import { stageDealsKey } from './list-stage-deals'

interface Snapshot {
  from: DealPages
  to: DealPages
  board: StageSummary[] | undefined
}

export function useMoveDeal(pipelineId: string, owner: string) {
  const queryClient = useQueryClient()
  const toast = useToast()
  const summaryKey = boardKey(pipelineId, owner)

  return useMutation({
    mutationFn: ({ deal, toStageId }: DealMove) =>
      api(`/opportunities/${deal.id}`, {
        method: 'PATCH',
        body: { stage_id: toStageId },
      }),

    onMutate: async ({ deal, fromStageId, toStageId }): Promise<Snapshot> => {
      const fromKey = stageDealsKey(fromStageId, owner)
      const toKey = stageDealsKey(toStageId, owner)
      await Promise.all(
        [fromKey, toKey, summaryKey].map((queryKey) =>
          queryClient.cancelQueries({ queryKey }),
        ),
      )

      const snapshot: Snapshot = {
        from: queryClient.getQueryData(fromKey),
        to: queryClient.getQueryData(toKey),
        board: queryClient.getQueryData(summaryKey),
      }
      const moved = { ...deal, stage_id: toStageId }
      queryClient.setQueryData<DealPages>(fromKey, (pages) =>
        withoutDeal(pages, deal.id),
      )
      queryClient.setQueryData<DealPages>(toKey, (pages) =>
        withDeal(withoutDeal(pages, deal.id), moved),
      )
      queryClient.setQueryData<StageSummary[]>(summaryKey, (summary) =>
        shiftSummary(summary, deal, fromStageId, toStageId),
      )
      return snapshot
    },

    onError: (error, { fromStageId, toStageId }, snapshot) => {
      if (snapshot) {
        queryClient.setQueryData(
          stageDealsKey(fromStageId, owner),
          snapshot.from,
        )
        queryClient.setQueryData(stageDealsKey(toStageId, owner), snapshot.to)
        queryClient.setQueryData(summaryKey, snapshot.board)
      }
      toast(`Could not move the deal: ${errorMessage(error)}`, 'error')
    },

    onSettled: (_data, _error, { deal, fromStageId, toStageId }) => {
      for (const stageId of [fromStageId, toStageId]) {
        queryClient.invalidateQueries({ queryKey: ['stage-deals', stageId] })
      }
      queryClient.invalidateQueries({ queryKey: ['board', pipelineId] })
      queryClient.invalidateQueries({ queryKey: ['records', 'opportunities'] })
      queryClient.invalidateQueries({
        queryKey: ['record', 'opportunities', deal.id],
      })
    },
  })
}
