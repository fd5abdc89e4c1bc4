import { z } from 'zod'

// How a lead becomes a contact, an account and perhaps an opportunity.
// `auto` uses a record the lead clearly duplicates (same email for a
// contact; same company or website domain for an account) and otherwise
// creates one; `link` names the record to use; `create` always makes a new
// one; an account may be `skip`ped.

const linkTo = z.strictObject({ action: z.literal('link'), id: z.uuid() })

export const accountChoice = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('auto') }),
  linkTo,
  z.strictObject({ action: z.literal('create') }),
  z.strictObject({ action: z.literal('skip') }),
])

export const contactChoice = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('auto') }),
  linkTo,
  z.strictObject({ action: z.literal('create') }),
])

export const conversionInput = z.strictObject({
  account: accountChoice.default({ action: 'auto' }),
  contact: contactChoice.default({ action: 'auto' }),
  /**
   * Opens an opportunity with these values (custom fields included) on
   * the account; its name, owner and account default from the lead.
   */
  opportunity: z.record(z.string(), z.unknown()).nullable().default(null),
})

export type ConversionInput = z.infer<typeof conversionInput>
export type AccountChoice = z.infer<typeof accountChoice>
export type ContactChoice = z.infer<typeof contactChoice>
