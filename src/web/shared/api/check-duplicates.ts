import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api } from '@/app/api-client'

// Record types whose duplicates the server finds.
const CHECKED = new Set(['account', 'contact', 'lead'])

// The values a match is found by; others need not ask the server again.
const MATCHED = [
  'name',
  'first_name',
  'last_name',
  'email',
  'secondary_email',
  'phone',
  'mobile_phone',
  'company',
  'website',
  'domain',
]

export interface DuplicateCandidate {
  id: string
  title: string
  score: number
  reasons: { kind: string; field: string; text: string }[]
}

function matchedValues(values: Record<string, unknown>) {
  const out: Record<string, unknown> = {}
  for (const name of MATCHED) {
    const value = values[name]
    if (typeof value === 'string' && value.trim() !== '') out[name] = value
  }
  return out
}

/**
 * Records that values not yet saved would duplicate, for a form to warn
 * before it creates another; nothing for other record types.
 */
export function useDuplicateCheck(
  recordType: string,
  plural: string,
  values: Record<string, unknown>,
  excludeId?: string,
) {
  const checked = matchedValues(values)
  const asks = CHECKED.has(recordType) && Object.keys(checked).length > 0
  return useQuery({
    queryKey: ['duplicates', 'check', plural, excludeId, checked],
    queryFn: async () =>
      (
        await api<{ data: DuplicateCandidate[] }>(
          `/${plural}/duplicates/check`,
          { method: 'POST', body: { values: checked, excludeId } },
        )
      ).data,
    enabled: asks,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  })
}
