import { z } from 'zod'
import { textSchema } from '../records/value-schema.js'

export const customObjectInput = z.strictObject({
  name: z
    .string()
    .regex(
      /^[a-z][a-z0-9_]{0,62}$/,
      'Use lower-case letters, digits and _, starting with a letter',
    ),
  label: textSchema({ required: true, max: 100 }),
  labelPlural: textSchema({ required: true, max: 100 }),
  plural: z
    .string()
    .regex(
      /^[a-z][a-z0-9-]{0,62}$/,
      'Use lower-case letters, digits and -, starting with a letter',
    )
    .optional(),
})

export type CustomObjectInput = z.infer<typeof customObjectInput>

/** The URL segment an object gets when none is given: its name, plural. */
export function defaultPlural(name: string): string {
  const kebab = name.replace(/_/g, '-')
  if (/(s|x|z|ch|sh)$/.test(kebab)) return `${kebab}es`
  if (/[^aeiou]y$/.test(kebab)) return `${kebab.slice(0, -1)}ies`
  return `${kebab}s`
}
