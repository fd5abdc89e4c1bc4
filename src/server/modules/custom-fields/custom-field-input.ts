import { z } from 'zod'
import { FIELD_TYPES } from '../../../shared/record-type.js'
import { textSchema } from '../records/value-schema.js'

// Every type a custom field may take: references to other records and
// computed fields come with custom objects.
export const CUSTOM_FIELD_TYPES = FIELD_TYPES.filter((t) => t !== 'ref')

export function hasOptions(type: string): boolean {
  return type === 'enum' || type === 'multiselect'
}

export const customFieldInput = z
  .strictObject({
    recordType: z.string(),
    name: z
      .string()
      .regex(
        /^[a-z][a-z0-9_]{0,62}$/,
        'Use lower-case letters, digits and _, starting with a letter',
      ),
    label: textSchema({ required: true, max: 100 }),
    type: z.enum(CUSTOM_FIELD_TYPES as [string, ...string[]]),
    required: z.boolean().default(false),
    helpText: textSchema({ max: 500 }).optional(),
    options: z
      .array(
        z.strictObject({
          value: textSchema({ required: true, max: 100 }),
          label: textSchema({ required: true, max: 100 }),
        }),
      )
      .max(200)
      .default([]),
  })
  .refine((f) => !hasOptions(f.type) || f.options.length > 0, {
    path: ['options'],
    message: 'A choice field needs at least one option',
  })
  .refine(
    (f) => new Set(f.options.map((o) => o.value)).size === f.options.length,
    { path: ['options'], message: 'Option values must differ' },
  )

export type CustomFieldInput = z.infer<typeof customFieldInput>
