import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, buildUrl, type QueryParams } from '@/app/api-client'

export type CardStatus = 'ready' | 'created' | 'duplicate' | 'rejected'

/** What became, or would become, of one card of the file. */
export interface CardOutcome {
  index: number
  line: number
  version?: string
  status: CardStatus
  contact?: Record<string, string>
  account?: { name: string; id?: string }
  duplicateOf?: { id?: string; card?: number; title: string }
  reason?: string
  warnings: string[]
  id?: string
}

export interface VcardImport {
  cards: CardOutcome[]
  summary: Record<CardStatus, number>
}

const send = async (path: string, file: File) =>
  (
    await api<{ data: VcardImport }>(path, {
      method: 'POST',
      raw: { content: file, type: 'text/vcard' },
    })
  ).data

/** Each card of a file as the contact it would create; nothing saved. */
export function usePreviewVcards() {
  return useMutation({
    mutationFn: (file: File) => send('/contacts/vcard', file),
  })
}

/** Creates the file's contacts, then refreshes the lists that show them. */
export function useCommitVcards() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (file: File) => send('/contacts/vcard/commit', file),
    onSuccess: () =>
      client.invalidateQueries({ queryKey: ['records', 'contacts'] }),
  })
}

export const contactCardUrl = (id: string, version = '4.0') =>
  buildUrl(`/contacts/${id}/vcard`, version === '4.0' ? {} : { version })

export const listCardsUrl = (query: QueryParams) =>
  buildUrl('/contacts/vcard', query)
