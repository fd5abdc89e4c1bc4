import { useMutation, useQuery } from '@tanstack/react-query'
import { api, buildUrl } from '@/app/api-client'

export type ImportStatus =
  | 'uploading'
  | 'uploaded'
  | 'previewing'
  | 'previewed'
  | 'queued'
  | 'committing'
  | 'completed'
  | 'cancelled'
  | 'failed'

export interface Import {
  id: string
  recordType: string
  fileName: string | null
  status: ImportStatus
  encoding: string | null
  delimiter: string | null
  headers: string[]
  rowCount: number
  revision: number
  readyCount: number
  rejectedCount: number
  progress: {
    done: number
    total: number
    created: number
    updated: number
    failed: number
  }
  error: string | null
  undoneAt: string | null
  suggestions: Record<string, string | null>
  savedMappings: { id: string; name: string; columns: Record<string, string> }[]
}

export interface PreviewInput {
  columns: Record<string, string>
  mode: 'create' | 'upsert' | 'update'
  key?: string
  decimalMark?: '.' | ','
  dateOrder: 'mdy' | 'dmy' | 'ymd'
  saveMappingAs?: string
}

export interface ImportRow {
  line: number
  status: 'staged' | 'ready' | 'rejected' | 'committed' | 'failed'
  action: 'create' | 'update' | null
  recordId: string | null
  values: Record<string, unknown> | null
  duplicateOf: number | null
  reason: string | null
  cells: string[]
}

type One = { data: Import }

export function useUploadImport() {
  return useMutation({
    mutationFn: async (input: { recordType: string; file: File }) =>
      (
        await api<One>('/imports', {
          method: 'POST',
          query: { recordType: input.recordType, fileName: input.file.name },
          raw: { content: input.file, type: 'application/octet-stream' },
        })
      ).data,
  })
}

export function usePreviewImport(id: string) {
  return useMutation({
    mutationFn: async (input: PreviewInput) =>
      (
        await api<One>(`/imports/${id}/preview`, {
          method: 'POST',
          body: input,
        })
      ).data,
  })
}

const busy = (i: Import | undefined) =>
  i?.status === 'previewing' ||
  i?.status === 'queued' ||
  i?.status === 'committing'

/** An import, asked again every second while it is checked or written. */
export function useImport(id: string, initial: Import) {
  return useQuery({
    queryKey: ['import', id],
    queryFn: async () => (await api<One>(`/imports/${id}`)).data,
    initialData: initial,
    refetchInterval: (query) => (busy(query.state.data) ? 1000 : false),
  })
}

export function useImportRows(id: string, revision: number, status?: string) {
  return useQuery({
    queryKey: ['import-rows', id, revision, status],
    queryFn: async () =>
      (
        await api<{ data: ImportRow[] }>(`/imports/${id}/rows`, {
          query: { limit: 200, status },
        })
      ).data,
  })
}

export function useImportAction(
  id: string,
  action: 'commit' | 'cancel' | 'undo',
) {
  return useMutation({
    mutationFn: (body?: object) =>
      api(`/imports/${id}/${action}`, { method: 'POST', body }),
  })
}

export const rejectedUrl = (id: string) =>
  buildUrl(`/imports/${id}/rejected.csv`)
