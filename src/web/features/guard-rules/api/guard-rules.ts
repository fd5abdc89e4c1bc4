import { useQuery } from '@tanstack/react-query'
import { api } from '@/app/api-client'

// The words of the guard rules API, as the server spells them.

export const CONDITION_OPS = [
  'eq',
  'ne',
  'in',
  'gt',
  'gte',
  'lt',
  'lte',
  'null',
] as const

export type ConditionOp = (typeof CONDITION_OPS)[number]

export interface Comparison {
  field: string
  op: ConditionOp
  value?: unknown
}

export type Condition =
  | Comparison
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }

export type GuardAction = 'view' | 'edit' | 'delete'

export type Within = 'own' | 'team' | 'region' | 'manager'

export interface GuardRule {
  id: string
  recordType: string
  name: string
  when: Condition
  action: GuardAction
  fields: string[] | null
  within: Within | null
  exceptRoles: string[]
}

export type GuardRuleInput = Omit<GuardRule, 'id' | 'fields' | 'within'> & {
  fields?: string[]
  within?: Within
}

export const guardRulesKey = ['guard-rules'] as const

export function useGuardRules() {
  return useQuery({
    queryKey: guardRulesKey,
    queryFn: async () =>
      (await api<{ data: GuardRule[] }>('/guard-rules')).data,
  })
}
