import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import {
  type GuardRule,
  type GuardRuleInput,
  guardRulesKey,
} from './guard-rules'

async function addGuardRule(input: GuardRuleInput): Promise<GuardRule> {
  const body = await api<{ data: GuardRule }>('/guard-rules', {
    method: 'POST',
    body: input,
  })
  return body.data
}

export function useAddGuardRule() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: addGuardRule,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: guardRulesKey }),
  })
}
