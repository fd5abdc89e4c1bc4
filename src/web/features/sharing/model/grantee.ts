// The share form picks a user or a team from one select; its value
// says which: 'user:<id>' or 'team:<id>'.

export type GranteeKind = 'user' | 'team'

export function granteeValue(kind: GranteeKind, id: string): string {
  return `${kind}:${id}`
}

/** The request's `userId` or `teamId` for a select value. */
export function granteeInput(value: string) {
  const [kind, id] = value.split(':')
  if (!id) return {}
  return kind === 'team' ? { teamId: id } : { userId: id }
}
