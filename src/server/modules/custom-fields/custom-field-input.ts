import { z } from 'zod'
import { FIELD_TYPES } from '../../../shared/record-type.js'
import { patternProblem } from '../records/safe-pattern.js'
import { textSchema } from '../records/value-schema.js'

// Every type a custom field may take: the value types, references to
// other records, rollups computed from related records and formulas over
// the record's own fields.
export const CUSTOM_FIELD_TYPES = [...FIELD_TYPES, 'rollup', 'formula'] as const

export const FORMULA_TYPES = ['decimal', 'integer', 'money', 'percent'] as const

export const ROLLUP_FUNCTIONS = ['sum', 'count', 'min', 'max'] as const

export function hasOptions(type: string): boolean {
  return type === 'enum' || type === 'multiselect'
}

export const formulaInput = z.strictObject({
  expression: z.string().min(1, 'Write the formula').max(1000),
  type: z.enum(FORMULA_TYPES).default('decimal'),
})

export const rollupInput = z.strictObject({
  object: z.string().max(63),
  via: z.string().max(63),
  fn: z.enum(ROLLUP_FUNCTIONS),
  field: z.string().max(63).optional(),
})

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
    type: z.enum(CUSTOM_FIELD_TYPES),
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
    ref: z.string().max(63).optional(),
    rollup: rollupInput.optional(),
    formula: formulaInput.optional(),
    defaultValue: z.unknown().optional(),
    unique: z.boolean().default(false),
    indexed: z.boolean().default(false),
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
    pattern: z
      .string()
      .max(500)
      .superRefine((pattern, ctx) => {
        const problem = patternProblem(pattern)
        if (problem) ctx.addIssue({ code: 'custom', message: problem })
      })
      .optional(),
  })
  .refine((f) => !hasOptions(f.type) || f.options.length > 0, {
    path: ['options'],
    message: 'A choice field needs at least one option',
  })
  .refine(
    (f) => new Set(f.options.map((o) => o.value)).size === f.options.length,
    { path: ['options'], message: 'Option values must differ' },
  )
  .refine((f) => f.min === undefined || f.max === undefined || f.min <= f.max, {
    path: ['max'],
    message: 'The largest value must not be below the smallest',
  })

export type CustomFieldInput = z.infer<typeof customFieldInput>
