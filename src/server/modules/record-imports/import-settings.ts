import { z } from 'zod'

export const PREVIEW_JOB = 'imports.preview'

/** How the text of a file's cells is read. */
export const valueFormatSchema = z.object({
  /** The decimal mark of numbers: "1.5" or "1,5". */
  decimalMark: z.enum(['.', ',']).optional(),
  /** The order of day, month and year in dates written with / or . */
  dateOrder: z.enum(['mdy', 'dmy', 'ymd']).default('mdy'),
})

export type ValueFormat = {
  decimalMark: '.' | ','
  dateOrder: 'mdy' | 'dmy' | 'ymd'
}

export const importModes = ['create', 'upsert', 'update'] as const

/** What the client chose for a preview: the mapping and how to write. */
export const previewSchema = z.object({
  /** A header of the file -> the field it fills; unmapped are skipped. */
  columns: z.record(z.string(), z.string().min(1)),
  mode: z.enum(importModes).default('create'),
  /** The field that identifies a record: duplicates and upsert matches. */
  key: z.string().min(1).optional(),
  ...valueFormatSchema.shape,
})

export type PreviewInput = z.infer<typeof previewSchema>

export interface ImportSettings {
  columns: Record<string, string>
  mode: (typeof importModes)[number]
  key?: string
  format: ValueFormat
}
