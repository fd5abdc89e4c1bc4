import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/app/api-client'

export type PartChoice =
  | { action: 'auto' | 'create' | 'skip' }
  | { action: 'link'; id: string }

export interface ConversionInput {
  account: PartChoice
  contact: PartChoice
  opportunity: Record<string, unknown> | null
}

interface Made {
  id: string
}

export interface Conversion {
  contact: Made
  account: Made | null
  opportunity: Made | null
}

/**
 * Converts the lead, hands over what it became, then has every list and
 * page it touched fetched again.
 */
export function useConvertLead(
  leadId: string,
  onConverted: (made: Conversion) => void,
) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (input: ConversionInput) =>
      (
        await api<{ data: Conversion }>(`/leads/${leadId}/convert`, {
          method: 'POST',
          body: input,
        })
      ).data,
    onSuccess: (made) => {
      onConverted(made)
      return queryClient.invalidateQueries()
    },
  })
}
