import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import type { CrmRecord, DataResponse } from '@/shared/api/types'

interface SaveInput {
  plural: string
  id?: string
  changes: Record<string, unknown>
}

async function saveRecord(input: SaveInput): Promise<CrmRecord> {
  const path = input.id ? `/${input.plural}/${input.id}` : `/${input.plural}`
  const body = await api<DataResponse>(path, {
    method: input.id ? 'PATCH' : 'POST',
    body: input.changes,
  })
  return body.data
}

export function useSaveRecord() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: saveRecord,
    onSuccess: (_record, input) => {
      queryClient.invalidateQueries({ queryKey: ['records', input.plural] })
      // Every record page: a rollup on another record may count this one.
      queryClient.invalidateQueries({ queryKey: ['record'] })
      queryClient.invalidateQueries({ queryKey: ['audit'] })
      // A renamed record: pickers and filter chips show its title.
      queryClient.invalidateQueries({
        queryKey: ['record-title', input.plural],
      })
    },
  })
}
