import { useQuery } from '@tanstack/react-query'
import { api } from '@/app/api-client'

export interface Candidate {
  id: string
  title: string
  score: number
  reasons: { kind: string; field: string; text: string }[]
}

export interface PlanPart {
  action: 'link' | 'create' | 'skip'
  record: { id: string; title: string } | null
  values: Record<string, unknown> | null
  candidates: Candidate[]
}

export interface ConversionPlan {
  convertedAt: string | null
  account: PlanPart
  contact: PlanPart
  /** What a new opportunity would start with. */
  opportunity: Record<string, unknown>
  upToDate: boolean
}

export const conversionKey = (leadId: string) =>
  ['lead-conversion', leadId] as const

/** What converting the lead would do, as the server plans it. */
export function useConversionPlan(leadId: string, enabled: boolean) {
  return useQuery({
    queryKey: conversionKey(leadId),
    queryFn: async () =>
      (await api<{ data: ConversionPlan }>(`/leads/${leadId}/conversion`)).data,
    enabled,
  })
}
