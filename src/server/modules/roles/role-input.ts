import { z } from 'zod'
import { ADMIN_ACTIONS, RECORD_ACTIONS } from '../access/abilities.js'
import { SCOPES } from '../access/scopes.js'
import { textSchema } from '../records/value-schema.js'

export const grantInput = z.strictObject({
  recordType: z
    .string()
    .regex(/^(\*|[a-z][a-z0-9_]{0,62})$/, 'A record type or *'),
  action: z.enum(RECORD_ACTIONS),
  scope: z.enum(SCOPES),
})

export const roleInput = z.strictObject({
  key: z
    .string()
    .regex(
      /^[a-z][a-z0-9_]{0,62}$/,
      'Use lower-case letters, digits and _, starting with a letter',
    ),
  name: textSchema({ required: true, max: 100 }),
  description: textSchema({ max: 500 }).optional(),
  abilities: z.array(z.enum(ADMIN_ACTIONS)).max(10).default([]),
  grants: z.array(grantInput).max(500).default([]),
})

export const roleChange = roleInput.omit({ key: true }).partial()

export const roleIdsInput = z.strictObject({
  roleIds: z.array(z.uuid()).max(50),
})

export type RoleInput = z.infer<typeof roleInput>
export type RoleChange = z.infer<typeof roleChange>
export type GrantInput = z.infer<typeof grantInput>
