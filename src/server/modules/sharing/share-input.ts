import { z } from 'zod'

/** A share of one record with a user or a team, read or edit, maybe until. */
export const shareInput = z
  .strictObject({
    userId: z.uuid().optional(),
    teamId: z.uuid().optional(),
    access: z.enum(['read', 'edit']),
    expiresAt: z.iso.datetime({ offset: true }).nullable().optional(),
  })
  .refine((s) => (s.userId === undefined) !== (s.teamId === undefined), {
    message: 'Share with a user or with a team',
    path: ['userId'],
  })

export type ShareInput = z.infer<typeof shareInput>

export interface Share {
  id: string
  user: { id: string; name: string } | null
  team: { id: string; name: string } | null
  access: 'read' | 'edit'
  expiresAt: string | null
  createdAt: string
}
