import { z } from 'zod'
import { textSchema } from '../records/value-schema.js'

// The bodies of the organisation API; the web forms send the same shapes.

const name = textSchema({ required: true, max: 200 })
const reference = z.uuid('Choose an existing record').nullable().optional()

export const regionInput = z.strictObject({ name, manager_id: reference })

export const regionChange = regionInput.partial()

export const teamInput = z.strictObject({
  name,
  region_id: reference,
  manager_id: reference,
})

export const teamChange = teamInput.partial()

export const userChange = z.strictObject({
  name: name.optional(),
  title: textSchema({ max: 200 }).nullable().optional(),
  role: z.enum(['admin', 'member']).optional(),
  // Invited users become active by being given a password.
  status: z.enum(['active', 'disabled']).optional(),
  team_id: reference,
  manager_id: reference,
})

export type RegionInput = z.infer<typeof regionInput>
export type RegionChange = z.infer<typeof regionChange>
export type TeamInput = z.infer<typeof teamInput>
export type TeamChange = z.infer<typeof teamChange>
export type UserChange = z.infer<typeof userChange>
