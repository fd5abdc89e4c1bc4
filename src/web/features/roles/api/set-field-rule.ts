import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/app/api-client'
import { recordTypesKey } from '@/shared/api/record-types'
import { type FieldAccess, fieldRulesKey } from './list-field-rules'

export interface FieldRuleInput {
  roleId: string
  recordType: string
  field: string
  access: FieldAccess
}

/** Sets one role's access to one field; 'editable' removes the rule. */
export function useSetFieldRule() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: FieldRuleInput) =>
      api<{ data: FieldRuleInput }>('/field-rules', {
        method: 'PUT',
        body: input,
      }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: fieldRulesKey })
      // The signed-in user may hold the role: fields may lock or vanish.
      queryClient.invalidateQueries({ queryKey: recordTypesKey })
      queryClient.invalidateQueries({ queryKey: ['record'] })
    },
  })
}
