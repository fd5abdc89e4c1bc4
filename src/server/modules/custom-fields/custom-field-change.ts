import { z } from 'zod'
import {
  CUSTOM_FIELD_TYPES,
  customFieldInput,
  formulaInput,
  rollupInput,
} from './custom-field-input.js'

/** What an administrator may change on a field: not its name or record type. */
export const customFieldChange = z.strictObject({
  label: customFieldInput.shape.label.optional(),
  type: z.enum(CUSTOM_FIELD_TYPES).optional(),
  required: z.boolean().optional(),
  helpText: customFieldInput.shape.helpText.nullable(),
  options: customFieldInput.shape.options.unwrap().optional(),
  defaultValue: z.unknown().optional(),
  unique: z.boolean().optional(),
  indexed: z.boolean().optional(),
  min: z.number().finite().nullable().optional(),
  max: z.number().finite().nullable().optional(),
  pattern: customFieldInput.shape.pattern.unwrap().nullable().optional(),
  rollup: rollupInput.optional(),
  // The result type stays as it was unless given.
  formula: formulaInput
    .extend({ type: formulaInput.shape.type.unwrap().optional() })
    .optional(),
})

export type CustomFieldChange = z.infer<typeof customFieldChange>
