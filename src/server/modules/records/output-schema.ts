import { z } from 'zod'
import type { FieldDescriptor } from '../../../shared/record-type.js'
import type { RecordType } from './record-type.js'

function outputValue(f: FieldDescriptor): z.ZodType {
  switch (f.type) {
    case 'integer':
    case 'percent':
      return z.number()
    case 'boolean':
      return z.boolean()
    case 'decimal':
    case 'money':
      return z.string().describe('An exact decimal, e.g. "1250.00"')
    case 'multiselect':
    case 'refs':
      return z.array(z.string())
    default:
      return z.string()
  }
}

const related = z.object({ id: z.string(), name: z.string().nullable() })

/** A record as the API returns it; sparse fieldsets make every field optional. */
export function recordSchema(type: RecordType) {
  const shape: Record<string, z.ZodType> = { id: z.uuid() }
  for (const f of type.fields) {
    shape[f.name] = outputValue(f).nullable().optional()
    if (f.type === 'ref' && f.name.endsWith('_id')) {
      shape[f.name.slice(0, -3)] = related.nullable().optional()
    }
  }
  shape.deleted_at = z.string().nullable().optional()
  // Loose: the workspace's custom fields come beside the built-in ones.
  return z.looseObject(shape).meta({ id: `${type.name}_record` })
}

export const pageSchema = z.object({
  limit: z.number(),
  nextCursor: z.string().nullable(),
})

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  code: z.string(),
  detail: z.string().optional(),
  errors: z
    .array(z.object({ field: z.string(), message: z.string() }))
    .optional(),
})
