import { useQuery } from '@tanstack/react-query'
import { api } from '@/app/api-client'

/** A field with no rule is editable; only the two restrictions are kept. */
export type FieldAccess = 'hidden' | 'read_only' | 'editable'

export interface FieldRule {
  roleId: string
  roleKey: string
  roleName: string
  recordType: string
  field: string
  access: Exclude<FieldAccess, 'editable'>
}

export const fieldRulesKey = ['field-rules'] as const

async function listFieldRules(): Promise<FieldRule[]> {
  const body = await api<{ data: FieldRule[] }>('/field-rules')
  return body.data
}

export function useFieldRules() {
  return useQuery({ queryKey: fieldRulesKey, queryFn: listFieldRules })
}
