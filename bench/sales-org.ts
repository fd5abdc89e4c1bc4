import { randomUUID } from 'node:crypto'

/** One person in the organisation and the built-in role they hold. */
export interface OrgUser {
  id: string
  email: string
  name: string
  title: string
  managerId: string | null
  teamId: string | null
  roleKey: 'sales_rep' | 'sales_manager' | 'regional_manager'
}

export interface OrgTeam {
  id: string
  name: string
  regionId: string
  managerId: string
}

export interface OrgRegion {
  id: string
  name: string
  managerId: string
}

export interface SalesOrg {
  regions: OrgRegion[]
  teams: OrgTeam[]
  users: OrgUser[]
  /** The reps, who own every opportunity. */
  reps: OrgUser[]
}

export interface OrgShape {
  regions: number
  teamsPerRegion: number
  repsPerTeam: number
  emailDomain: string
}

/**
 * A sales organisation as a sales team draws it: each region has a
 * regional manager, each team a manager who reports to them, and each
 * rep reports to their team's manager.
 */
export function planSalesOrg(shape: OrgShape): SalesOrg {
  const org: SalesOrg = { regions: [], teams: [], users: [], reps: [] }
  const person = (key: string, n: number, fields: Partial<OrgUser>) => {
    const user: OrgUser = {
      id: randomUUID(),
      email: `${key}${n}@${shape.emailDomain}`,
      name: `${fields.title} ${n}`,
      title: '',
      managerId: null,
      teamId: null,
      roleKey: 'sales_rep',
      ...fields,
    }
    org.users.push(user)
    return user
  }

  for (let r = 1; r <= shape.regions; r++) {
    const head = person('regional', r, {
      title: 'Regional manager',
      roleKey: 'regional_manager',
    })
    const region = { id: randomUUID(), name: `Region ${r}`, managerId: head.id }
    org.regions.push(region)
    for (let i = 1; i <= shape.teamsPerRegion; i++) {
      const t = org.teams.length + 1
      const teamId = randomUUID()
      const manager = person('manager', t, {
        title: 'Sales manager',
        roleKey: 'sales_manager',
        managerId: head.id,
        teamId,
      })
      org.teams.push({
        id: teamId,
        name: `Team ${t}`,
        regionId: region.id,
        managerId: manager.id,
      })
      for (let j = 1; j <= shape.repsPerTeam; j++) {
        const rep = person('rep', org.reps.length + 1, {
          title: 'Sales rep',
          managerId: manager.id,
          teamId,
        })
        org.reps.push(rep)
      }
    }
  }
  return org
}

/** The reps whose records a user's manager or region scope reaches. */
export function repsBelow(org: SalesOrg, user: OrgUser): Set<string> {
  if (user.roleKey === 'sales_rep') return new Set([user.id])
  const teams = org.teams.filter(
    (t) =>
      t.managerId === user.id ||
      org.regions.some((r) => r.id === t.regionId && r.managerId === user.id),
  )
  const ids = teams.map((t) => t.id)
  return new Set(
    org.reps.filter((rep) => ids.includes(rep.teamId ?? '')).map((r) => r.id),
  )
}
