import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import type { Activity, ActivityType } from './get-timeline'

export interface LogActivityInput {
  type: ActivityType
  subject: string
  body?: string
  due_at?: string
  links: { recordType: string; recordId: string }[]
}

export function useLogActivity() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: LogActivityInput) =>
      api<{ data: Activity }>('/activities', { method: 'POST', body: input }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: ['timeline'] })
      queryClient.invalidateQueries({ queryKey: ['records', 'activities'] })
    },
  })
}
