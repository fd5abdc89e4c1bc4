import { useMutation, useQuery } from '@tanstack/react-query'
import { api, buildUrl } from '@/app/api-client'

export type ExportFormat = 'csv' | 'xlsx'

export interface ExportView {
  filter?: Record<string, string | Record<string, string>>
  sort?: string
  q?: string
  fields?: string
}

export interface Export {
  id: string
  recordType: string
  format: ExportFormat
  status: 'queued' | 'running' | 'completed' | 'failed' | 'cancelled'
  total: number | null
  done: number
  bytes: number
  error: string | null
}

interface StartExport {
  recordType: string
  format: ExportFormat
  view: ExportView
  timeZone: string
}

export function useStartExport() {
  return useMutation({
    mutationFn: async (input: StartExport) =>
      (await api<{ data: Export }>('/exports', { method: 'POST', body: input }))
        .data,
  })
}

const running = (e: Export | undefined) =>
  e?.status === 'queued' || e?.status === 'running'

/** An export, asked again every second while it is being made. */
export function useExport(id: string) {
  return useQuery({
    queryKey: ['export', id],
    queryFn: async () => (await api<{ data: Export }>(`/exports/${id}`)).data,
    refetchInterval: (query) => (running(query.state.data) ? 1000 : false),
  })
}

export function useCancelExport(id: string) {
  return useMutation({
    mutationFn: () => api(`/exports/${id}/cancel`, { method: 'POST' }),
  })
}

export const fileUrl = (id: string) => buildUrl(`/exports/${id}/file`)
