import type { FastifyInstance } from 'fastify'
import { hashPassword } from '../src/server/modules/auth/passwords.js'
import { createTenant } from '../src/server/modules/tenants/create-tenant.js'
import type { Database } from '../src/server/platform/db/database.js'
import { fillOpportunities } from './opportunity-fill.js'
import { planSalesOrg, repsBelow, type SalesOrg } from './sales-org.js'
import { fillSalesOrg } from './sales-org-fill.js'
import { Session } from './session.js'
import { fillShares, sharedWith } from './share-fill.js'

const PASSWORD = 'bench password, long enough'

/** 3 regions of 4 teams, each of a manager and 10 reps: 120 reps. */
export const ORG_SHAPE = { regions: 3, teamsPerRegion: 4, repsPerTeam: 10 }

/** One deal in 50 is shared with a rep, one in 500 with a team. */
export const SHARING = { perUserShare: 50, perTeamShare: 500 }

export type ViewerKey =
  | 'administrator'
  | 'sales_rep'
  | 'sales_manager'
  | 'regional_manager'

export interface Viewer {
  session: Session
  /** The owners whose deals the viewer reaches; undefined for everyone. */
  owners: Set<string> | undefined
  /** Deals shared with the viewer or their team, whoever owns them. */
  shared: Set<string>
}

export interface SalesWorkspace {
  tenantId: string
  org: SalesOrg
  /** One signed-in user per built-in sales role, of team 1 and region 1. */
  viewers: Record<ViewerKey, Viewer>
  /** The default pipeline's stages, in order. */
  stageIds: string[]
  shares: number
  /** Time the bulk fill took, apart from sign-in. */
  fillMs: number
}

async function stagesOf(database: Database, tenantId: string) {
  const { rows } = await database.executeSql(
    'SELECT id FROM stage WHERE tenant_id = $1 ORDER BY position',
    [tenantId],
  )
  return (rows as { id: string }[]).map((r) => r.id)
}

/**
 * A workspace with a whole sales organisation, its roles given, and
 * `opportunities` deals spread over the reps, a few shared beyond them. Everything is written
 * before anyone signs in, so no rights are loaded ahead of the fill.
 */
export async function prepareSalesWorkspace(
  app: FastifyInstance,
  database: Database,
  { slug, opportunities }: { slug: string; opportunities: number },
): Promise<SalesWorkspace> {
  const emailDomain = `${slug}.test`
  const email = `admin@${emailDomain}`
  const { tenantId, adminId } = await createTenant(database.db, {
    slug,
    name: slug,
    admin: { email, name: 'Bench Admin', password: PASSWORD },
  })
  const org = planSalesOrg({ ...ORG_SHAPE, emailDomain })
  const passwordHash = await hashPassword(PASSWORD)

  const start = performance.now()
  await fillSalesOrg(database, org, { tenantId, adminId, passwordHash })
  await fillOpportunities(database, {
    tenantId,
    adminId,
    ownerIds: org.reps.map((r) => r.id),
    opportunities,
  })
  const shares = await fillShares(database, {
    tenantId,
    repIds: org.reps.map((r) => r.id),
    teamIds: org.teams.map((t) => t.id),
    ...SHARING,
  })
  const fillMs = performance.now() - start

  const signIn = (address: string) =>
    Session.signIn(app, { workspace: slug, email: address, password: PASSWORD })
  const first = (key: ViewerKey) => {
    const user = org.users.find((u) => u.roleKey === key)
    if (!user) throw new Error(`The organisation has no ${key}`)
    return user
  }
  const scoped = async (key: Exclude<ViewerKey, 'administrator'>) => {
    const user = first(key)
    return {
      session: await signIn(user.email),
      owners: repsBelow(org, user),
      shared: await sharedWith(database, tenantId, user),
    }
  }
  const viewers = {
    administrator: {
      session: await signIn(email),
      owners: undefined,
      shared: new Set<string>(),
    },
    sales_rep: await scoped('sales_rep'),
    sales_manager: await scoped('sales_manager'),
    regional_manager: await scoped('regional_manager'),
  }
  const stageIds = await stagesOf(database, tenantId)
  return { tenantId, org, viewers, stageIds, shares, fillMs }
}
