import { z } from 'zod'
import { listParamsSchema } from '../records/list-params.js'

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** A list view to export: the same filter, sort, search and columns. */
export const exportInput = z.strictObject({
  recordType: z.string().min(1).max(63),
  format: z.enum(['csv', 'xlsx']).default('csv'),
  view: listParamsSchema
    .pick({ filter: true, sort: true, q: true, fields: true })
    .strict()
    .default({}),
  /** Dates and times are written in this zone, and labelled with it. */
  timeZone: z
    .string()
    .max(64)
    .refine(isTimeZone, 'Use an IANA time zone such as Europe/Berlin')
    .default('UTC'),
})

export type ExportInput = z.infer<typeof exportInput>
export type ExportView = ExportInput['view']
