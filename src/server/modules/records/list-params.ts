import { z } from 'zod'
import { textSchema } from './value-schema.js'

const filterValue = z.union([z.string(), z.record(z.string(), z.string())])

/** What a list request may ask for; see docs/api.md. */
export const listParamsSchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional(),
  sort: z.string().optional(),
  filter: z.record(z.string(), filterValue).optional(),
  q: textSchema({ max: 200 }).optional(),
  fields: z.string().optional(),
  include: z.string().optional(),
  deleted: z.enum(['only']).optional(),
})

export type ListParams = z.infer<typeof listParamsSchema>

export const recordParamsSchema = z.object({
  fields: z.string().optional(),
  include: z.string().optional(),
})

export type RecordParams = z.infer<typeof recordParamsSchema>

export function splitList(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
}
