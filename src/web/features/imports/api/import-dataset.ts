import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api } from '@/app/api-client'

export const DATASET_FILES = {
  accounts: 'accounts.csv',
  products: 'products.csv',
  salesTeams: 'sales_teams.csv',
  salesPipeline: 'sales_pipeline.csv',
} as const

export type DatasetFiles = Record<keyof typeof DATASET_FILES, string>

interface Counts {
  created: number
  updated: number
  skipped: number
}

export interface DatasetReport {
  counts: Record<string, Counts>
  normalisations: { code: string; detail: string; count: number }[]
  rejected: { file: string; line: number; reason: string }[]
  durationMs: number
}

/** Imports the data set's four files into this workspace, linked. */
export function useImportDataset() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (files: DatasetFiles) =>
      (
        await api<{ data: DatasetReport }>('/imports/pipeline-dataset', {
          method: 'POST',
          body: { files },
        })
      ).data,
    onSuccess: () => queryClient.invalidateQueries(),
  })
}
