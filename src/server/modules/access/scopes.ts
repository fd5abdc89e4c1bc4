// How far a grant reaches, narrowest first. A record's region is its
// owner's (the region of the owner's team); the manager hierarchy reaches
// everyone below a user, at any depth.
export const SCOPES = [
  'none',
  'own',
  'team',
  'region',
  'manager',
  'all',
] as const

export type Scope = (typeof SCOPES)[number]
