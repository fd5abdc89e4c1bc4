import { expect } from '@playwright/test'
import type { SessionApi } from './session-api.js'

// The demo workspace set up for the leak matrix: seven of its people get
// one built-in role each, and four of them own a small set of records
// whose names occur nowhere else. Undo puts the workspace back as it was.

export type Kind = 'account' | 'contact' | 'lead' | 'opportunity' | 'activity'
export type Owner = 'rep' | 'partner' | 'finance' | 'admin'
export type Person = Owner | 'member' | 'support' | 'regional' | 'manager'

export const KINDS: Record<Kind, { plural: string; label: string }> = {
  account: { plural: 'accounts', label: 'Accounts' },
  contact: { plural: 'contacts', label: 'Contacts' },
  lead: { plural: 'leads', label: 'Leads' },
  opportunity: { plural: 'opportunities', label: 'Opportunities' },
  activity: { plural: 'activities', label: 'Activities' },
}

/** Each owner's records sit partly on the next owner's account. */
export const OWNERS: Owner[] = ['rep', 'partner', 'finance', 'admin']
const host = (i: number) => OWNERS[(i + 1) % OWNERS.length]

export interface Rec {
  kind: Kind
  name: string
  owner: Owner
  id: string
  /** The accounts (and other records) it hangs from, by name. */
  on: string[]
  stageId?: string
  cents?: number
}

interface User {
  id: string
  name: string
  email: string
  title: string | null
  team_id: string | null
}

export interface LeakWorkspace {
  people: Record<Person, User>
  records: Rec[]
  pipelineId: string
  stageIds: string[]
  undo(): Promise<void>
}

/**
 * The demo's people by their place: the Enterprise team (North America)
 * gives the rep, the partner and the member, the Mid-Market team (Europe)
 * the finance and support users; each team's manager is the regional
 * manager and the sales manager respectively.
 */
async function demoPeople(api: SessionApi): Promise<Record<Person, User>> {
  const users = await api.get<User[]>('/api/v1/users?limit=200')
  const teams =
    await api.get<{ id: string; name: string; manager_id: string }[]>(
      '/api/v1/teams',
    )
  const team = (name: string) => {
    const found = teams.find((t) => t.name === name)
    if (!found) throw new Error(`the demo has no ${name} team`)
    const reps = users
      .filter((u) => u.team_id === found.id && u.id !== found.manager_id)
      .sort((a, b) => a.name.localeCompare(b.name))
    const manager = users.find((u) => u.id === found.manager_id)
    if (!manager || reps.length < 3) throw new Error(`${name} is short`)
    return { reps, manager }
  }
  const enterprise = team('Enterprise')
  const midMarket = team('Mid-Market')
  const admin = users.find((u) => u.email === 'admin@demo.example')
  if (!admin) throw new Error('the demo has no administrator')
  return {
    admin,
    rep: enterprise.reps[0],
    partner: enterprise.reps[1],
    member: enterprise.reps[2],
    regional: enterprise.manager,
    finance: midMarket.reps[0],
    support: midMarket.reps[1],
    manager: midMarket.manager,
  }
}

const ROLES: Record<Exclude<Person, 'admin'>, string> = {
  rep: 'sales_rep',
  partner: 'partner',
  member: 'member',
  regional: 'regional_manager',
  manager: 'sales_manager',
  finance: 'finance',
  support: 'support',
}

async function giveRoles(api: SessionApi, people: Record<Person, User>) {
  const roles = await api.get<{ id: string; key: string }[]>('/api/v1/roles')
  for (const [person, key] of Object.entries(ROLES)) {
    const role = roles.find((r) => r.key === key)
    expect(role, `the built-in role ${key}`).toBeTruthy()
    await api.send(
      'PUT',
      `/api/v1/users/${people[person as Person].id}/roles`,
      {
        roleIds: [role?.id],
      },
    )
  }
}

/** Two rollups on accounts: their deals, counted and summed. */
async function addRollups(api: SessionApi) {
  const rollup = (name: string, label: string, fn: string, field?: string) =>
    api.send<{ id: string }>('POST', '/api/v1/custom-fields', {
      recordType: 'account',
      name,
      label,
      type: 'rollup',
      rollup: { object: 'opportunity', via: 'account_id', fn, field },
    })
  return [
    await rollup('deal_count', 'Deals', 'count'),
    await rollup('deal_total', 'Deal total', 'sum', 'amount'),
  ]
}

const money = (cents: number) => (cents / 100).toFixed(2)

async function addRecords(
  api: SessionApi,
  people: Record<Person, User>,
  stageIds: string[],
) {
  const records: Rec[] = []
  const named = (name: string) => records.find((r) => r.name === name) as Rec
  const add = async (rec: Omit<Rec, 'id'>, body: object) => {
    const path = `/api/v1/${KINDS[rec.kind].plural}`
    const { id } = await api.send<{ id: string }>('POST', path, body)
    records.push({ ...rec, id })
    return id
  }
  const title = (owner: Owner, what: string) => `Zeta secret ${owner} ${what}`

  for (const owner of OWNERS) {
    const owner_id = people[owner].id
    const name = title(owner, 'account')
    await add({ kind: 'account', name, owner, on: [] }, { name, owner_id })
    const lead = title(owner, 'lead')
    await add(
      { kind: 'lead', name: lead, owner, on: [] },
      { last_name: lead, owner_id },
    )
  }
  for (const [i, owner] of OWNERS.entries()) {
    const owner_id = people[owner].id
    const mine = title(owner, 'account')
    const theirs = title(host(i), 'account')
    const contact = title(owner, 'contact')
    const contactId = await add(
      { kind: 'contact', name: contact, owner, on: [mine, theirs] },
      { last_name: contact, owner_id },
    )
    for (const account of [mine, theirs]) {
      await api.send('POST', '/api/v1/account-contacts', {
        account_id: named(account).id,
        contact_id: contactId,
      })
    }
    // Far above any demo deal, so each leads its column on the board.
    for (const [what, account, cents, stage] of [
      ['deal', mine, 900_000_013 + 10_000_000 * i, i],
      ['side deal', theirs, 800_000_029 + 10_000_000 * i, i + 1],
    ] as const) {
      const name = title(owner, what)
      const stageId = stageIds[stage % stageIds.length]
      await add(
        { kind: 'opportunity', name, owner, on: [account], stageId, cents },
        {
          name,
          owner_id,
          account_id: named(account).id,
          stage_id: stageId,
          amount: money(cents),
        },
      )
    }
  }
  for (const [i, owner] of OWNERS.entries()) {
    const on = [
      title(owner, 'account'),
      title(owner, 'deal'),
      title(owner, 'contact'),
      title(owner, 'lead'),
      title(host(i), 'account'),
    ]
    const subject = title(owner, 'call')
    await add(
      { kind: 'activity', name: subject, owner, on },
      {
        type: 'call',
        subject,
        owner_id: people[owner].id,
        occurred_at: new Date().toISOString(),
        links: on.map((name) => ({
          recordType: named(name).kind,
          recordId: named(name).id,
        })),
      },
    )
  }
  return records
}

export async function buildLeakWorkspace(
  api: SessionApi,
): Promise<LeakWorkspace> {
  const people = await demoPeople(api)
  const pipeline = (
    await api.get<{ id: string; stages: { id: string }[] }[]>(
      '/api/v1/pipelines',
    )
  )[0]
  const stageIds = pipeline.stages.map((s) => s.id)
  // The administrator's deals are all ours, so their totals are known.
  const own = `/api/v1/opportunities?filter[owner_id]=${people.admin.id}`
  expect(await api.get<unknown[]>(own)).toEqual([])

  await giveRoles(api, people)
  const fields = await addRollups(api)
  const records = await addRecords(api, people, stageIds)

  return {
    people,
    records,
    pipelineId: pipeline.id,
    stageIds,
    async undo() {
      for (const r of [...records].reverse()) {
        await api.send('DELETE', `/api/v1/${KINDS[r.kind].plural}/${r.id}`)
      }
      for (const field of fields) {
        await api.send('DELETE', `/api/v1/custom-fields/${field.id}`)
      }
      for (const person of Object.keys(ROLES) as Person[]) {
        await api.send('PUT', `/api/v1/users/${people[person].id}/roles`, {
          roleIds: [],
        })
      }
    },
  }
}
