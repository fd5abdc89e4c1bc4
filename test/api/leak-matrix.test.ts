import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createRegion,
  createTeam,
  createUser,
  placeUser,
} from '../support/factories.js'
import {
  type Browser,
  startTestApp,
  type TestApp,
} from '../support/test-app.js'

// The leak matrix: every built-in role, every read path, against records
// each may and may not see. What a role may see is worked out here, from
// what its scopes mean, never by asking the access layer; every response
// is then searched for the names of the records the reader may not see.
//
// The organisation: Rhea manages the North region, Mona the North team,
// Cat the South team. Ann reports to Bob, Bob to Mona, so Mona reaches
// Ann through Bob. Pat is a partner in the North team.

type Kind =
  | 'account'
  | 'contact'
  | 'lead'
  | 'opportunity'
  | 'activity'
  | 'proposal'
type Scope = 'all' | 'own' | 'manager' | 'region' | 'none'
type Team = 'North' | 'South'

const ORG: Record<string, { role: string; team?: Team; manager?: string }> = {
  Ava: { role: 'administrator' },
  Meg: { role: 'member' },
  Bob: { role: 'sales_rep', team: 'North', manager: 'Mona' },
  Ann: { role: 'sales_rep', team: 'North', manager: 'Bob' },
  Cat: { role: 'sales_rep', team: 'South' },
  Mona: { role: 'sales_manager', team: 'North' },
  Rhea: { role: 'regional_manager' },
  Fay: { role: 'finance' },
  Sam: { role: 'support' },
  Pat: { role: 'partner', team: 'North' },
}
const TEAMS: Record<Team, { region: string; manager: string }> = {
  North: { region: 'North', manager: 'Mona' },
  South: { region: 'South', manager: 'Cat' },
}
const REGION_MANAGERS: Record<string, string> = { North: 'Rhea' }
const VIEWERS = Object.keys(ORG)
// Each owner's records; the "side" ones sit on the next owner's account.
const OWNERS = ['Bob', 'Ann', 'Cat', 'Pat', 'Mona', 'Rhea']
const host = (i: number) => OWNERS[(i + 1) % OWNERS.length]

const KINDS: Record<Kind, { plural: string; title: string; include: string }> =
  {
    account: { plural: 'accounts', title: 'name', include: 'owner' },
    contact: { plural: 'contacts', title: 'last_name', include: 'owner' },
    lead: { plural: 'leads', title: 'last_name', include: 'owner' },
    opportunity: {
      plural: 'opportunities',
      title: 'name',
      include: 'account,owner',
    },
    activity: { plural: 'activities', title: 'subject', include: 'owner' },
    proposal: { plural: 'proposals', title: 'name', include: 'account,owner' },
  }

// --- The model: what the built-in roles' scopes mean -------------------

const CUSTOMERS: Kind[] = ['account', 'contact', 'activity']

function viewScope(role: string, kind: Kind): Scope {
  if (['administrator', 'member', 'finance'].includes(role)) return 'all'
  if (role === 'sales_rep' || role === 'partner') return 'own'
  if (role === 'sales_manager') return 'manager'
  if (role === 'regional_manager') return 'region'
  return CUSTOMERS.includes(kind) ? 'all' : 'none'
}

function auditScope(role: string, kind: Kind): Scope {
  return role === 'support' || role === 'partner'
    ? 'none'
    : viewScope(role, kind)
}

/** A share lends seeing, not the right to read a record's history. */
function readsHistory(viewer: string, r: Rec): boolean {
  return reach(viewer, auditScope(ORG[viewer].role, r.kind)).includes(r.owner)
}

function reportsOf(name: string): string[] {
  const direct = VIEWERS.filter((n) => ORG[n].manager === name)
  return direct.flatMap((n) => [n, ...reportsOf(n)])
}

function regionsOf(name: string): string[] {
  const team = ORG[name].team
  return [
    ...Object.keys(REGION_MANAGERS).filter((r) => REGION_MANAGERS[r] === name),
    ...(team ? [TEAMS[team].region] : []),
    ...Object.values(TEAMS).flatMap((t) =>
      t.manager === name ? [t.region] : [],
    ),
  ]
}

function reach(viewer: string, scope: Scope): string[] {
  if (scope === 'all') return VIEWERS
  if (scope === 'own') return [viewer]
  if (scope === 'manager') return [viewer, ...reportsOf(viewer)]
  if (scope === 'none') return []
  const regions = regionsOf(viewer)
  return VIEWERS.filter((n) => {
    const team = ORG[n].team
    return n === viewer || (team && regions.includes(TEAMS[team].region))
  })
}

interface Rec {
  kind: Kind
  name: string
  owner: string
  id: string
  /** Names of the records this one hangs from (account, linked records). */
  parents: string[]
  cents?: number
  stageId?: string
}

const records: Rec[] = []
const shares: { record: string; viewer: string }[] = []

function sees(viewer: string, r: Rec): boolean {
  const scope = viewScope(ORG[viewer].role, r.kind)
  if (reach(viewer, scope).includes(r.owner)) return true
  // A share counts where a role reaches the type at some narrower scope.
  const shared = shares.some((s) => s.record === r.name && s.viewer === viewer)
  return shared && scope !== 'none'
}

const named = (name: string) => records.find((r) => r.name === name) as Rec
const of = (kind: Kind) => records.filter((r) => r.kind === kind)
const sorted = (rs: Rec[]) => rs.map((r) => r.name).sort()

// --- Setting up the workspace -------------------------------------------

let t: TestApp
let admin: Browser
let pipelineId: string
let stageIds: string[]
const people: Record<string, { id: string; browser: Browser }> = {}
const roleIds: Record<string, string> = {}

async function create(path: string, body: object) {
  const res = await admin.request('POST', path, body)
  expect(res.statusCode, `${path} ${res.body}`).toBe(201)
  return res.json().data
}

async function addPerson(name: string) {
  const user = await createUser(t.database.db, t.workspace.tenantId, { name })
  const res = await admin.request('PUT', `/api/v1/users/${user.id}/roles`, {
    roleIds: [roleIds[ORG[name].role]],
  })
  expect(res.statusCode, res.body).toBe(200)
  people[name] = { id: user.id, browser: await t.signIn(user.email) }
}

async function buildOrganisation() {
  const db = t.database.db
  const tenant = t.workspace.tenantId
  for (const name of VIEWERS) await addPerson(name)
  const teamIds: Record<string, string> = {}
  for (const [team, spec] of Object.entries(TEAMS)) {
    const manager = REGION_MANAGERS[spec.region]
    const regionId = await createRegion(db, tenant, {
      name: spec.region,
      managerId: manager ? people[manager].id : undefined,
    })
    teamIds[team] = await createTeam(db, tenant, {
      name: `${team} team`,
      regionId,
      managerId: people[spec.manager].id,
    })
  }
  for (const [name, place] of Object.entries(ORG)) {
    await placeUser(db, tenant, people[name].id, {
      teamId: place.team ? teamIds[place.team] : null,
      managerId: place.manager ? people[place.manager].id : null,
    })
  }
}

async function defineProposals() {
  await create('/api/v1/custom-objects', {
    name: 'proposal',
    label: 'Proposal',
    labelPlural: 'Proposals',
  })
  const field = (recordType: string, body: object) =>
    create('/api/v1/custom-fields', { recordType, ...body })
  await field('proposal', {
    name: 'account_id',
    label: 'Account',
    type: 'ref',
    ref: 'account',
  })
  await field('proposal', { name: 'price', label: 'Price', type: 'money' })
  await field('account', {
    name: 'proposal_count',
    label: 'Proposals',
    type: 'rollup',
    rollup: { object: 'proposal', via: 'account_id', fn: 'count' },
  })
  await field('account', {
    name: 'deal_total',
    label: 'Deal total',
    type: 'rollup',
    rollup: {
      object: 'opportunity',
      via: 'account_id',
      fn: 'sum',
      field: 'amount',
    },
  })
}

function remember(r: Omit<Rec, 'id'>, id: string) {
  records.push({ ...r, id })
  return id
}

const money = (cents: number) => (cents / 100).toFixed(2)

/** Each owner's account, contact, lead, two deals and two proposals. */
async function addRecords() {
  for (const owner of OWNERS) {
    const name = `${owner} secret account`
    const owner_id = people[owner].id
    remember(
      { kind: 'account', name, owner, parents: [] },
      (await create('/api/v1/accounts', { name, owner_id })).id,
    )
    const lead = `${owner} secret lead`
    remember(
      { kind: 'lead', name: lead, owner, parents: [] },
      (await create('/api/v1/leads', { last_name: lead, owner_id })).id,
    )
  }
  for (const [i, owner] of OWNERS.entries()) {
    const owner_id = people[owner].id
    const mine = `${owner} secret account`
    const theirs = `${host(i)} secret account`
    const contact = `${owner} secret contact`
    const contactId = remember(
      { kind: 'contact', name: contact, owner, parents: [mine, theirs] },
      (await create('/api/v1/contacts', { last_name: contact, owner_id })).id,
    )
    for (const account of [mine, theirs]) {
      await create('/api/v1/account-contacts', {
        account_id: named(account).id,
        contact_id: contactId,
      })
    }
    for (const [side, account, cents, stage] of [
      ['', mine, 100_713 * (i + 1), i],
      ['side ', theirs, 10_029 * (i + 1), i + 3],
    ] as const) {
      const deal = `${owner} secret ${side}deal`
      const stageId = stageIds[stage % stageIds.length]
      remember(
        {
          kind: 'opportunity',
          name: deal,
          owner,
          parents: [account],
          cents,
          stageId,
        },
        (
          await create('/api/v1/opportunities', {
            name: deal,
            owner_id,
            account_id: named(account).id,
            stage_id: stageId,
            amount: money(cents),
          })
        ).id,
      )
      const proposal = `${owner} secret ${side}proposal`
      remember(
        { kind: 'proposal', name: proposal, owner, parents: [account] },
        (
          await create('/api/v1/proposals', {
            name: proposal,
            owner_id,
            account_id: named(account).id,
            price: money(cents + 61),
          })
        ).id,
      )
    }
  }
}

/** One call per owner, on their own records and on their host's. */
async function addActivities() {
  for (const [i, owner] of OWNERS.entries()) {
    const on = [
      ...['account', 'deal', 'contact', 'lead', 'proposal'].map(
        (k) => `${owner} secret ${k}`,
      ),
      `${host(i)} secret account`,
      `${host(i)} secret deal`,
    ]
    const subject = `${owner} secret call`
    const activity = await create('/api/v1/activities', {
      type: 'call',
      subject,
      owner_id: people[owner].id,
      occurred_at: `2026-03-0${i + 1}T09:00:00Z`,
      links: on.map((name) => ({
        recordType: named(name).kind,
        recordId: named(name).id,
      })),
    })
    remember(
      { kind: 'activity', name: subject, owner, parents: on },
      activity.id,
    )
  }
}

beforeAll(async () => {
  t = await startTestApp()
  admin = await t.signIn('admin@acme.test')
  for (const r of (await admin.get('/api/v1/roles')).json().data) {
    roleIds[r.key] = r.id
  }
  await buildOrganisation()
  await defineProposals()
  const pipeline = (await admin.get('/api/v1/pipelines')).json().data[0]
  pipelineId = pipeline.id
  stageIds = pipeline.stages.map((s: { id: string }) => s.id)
  await addRecords()
  await addActivities()
})
afterAll(() => t.close())

// --- Reading as someone --------------------------------------------------

/** GETs as the viewer; fails on a 500 or any name they may not see. */
async function read(viewer: string, url: string) {
  const res = await people[viewer].browser.get(url)
  const leaked = records
    .filter((r) => !sees(viewer, r) && res.body.includes(r.name))
    .map((r) => r.name)
  expect(leaked, `${viewer} GET ${url} leaks`).toEqual([])
  expect(res.statusCode, `${viewer} GET ${url}: ${res.body}`).toBeLessThan(500)
  return res
}

const roleOf = (viewer: string) => ORG[viewer].role
const typeVisible = (viewer: string, kind: Kind) =>
  viewScope(roleOf(viewer), kind) !== 'none'

/** A list's titles, or its status when the role may not list the type. */
async function titles(viewer: string, kind: Kind, query: string) {
  const url = `/api/v1/${KINDS[kind].plural}?limit=200&${query}`
  const res = await read(viewer, url)
  if (!typeVisible(viewer, kind)) {
    expect(res.statusCode, `${viewer} ${url}`).toBe(403)
    return { url, names: null, rows: [] }
  }
  expect(res.statusCode, `${viewer} ${url}: ${res.body}`).toBe(200)
  const rows: Record<string, unknown>[] = res.json().data
  const names = rows.map((row) => String(row[KINDS[kind].title])).sort()
  return { url, names, rows }
}

async function expectList(
  viewer: string,
  kind: Kind,
  query: string,
  want: (r: Rec) => boolean = () => true,
) {
  const { url, names, rows } = await titles(viewer, kind, query)
  if (names === null) return rows
  const expected = sorted(of(kind).filter((r) => sees(viewer, r) && want(r)))
  expect(names, `${viewer} ${url}`).toEqual(expected)
  return rows
}

async function pageThrough(viewer: string, kind: Kind) {
  const names: string[] = []
  let cursor = ''
  do {
    const url = `/api/v1/${KINDS[kind].plural}?limit=3${cursor}`
    const body = (await read(viewer, url)).json()
    names.push(
      ...body.data.map((r: Record<string, string>) => r[KINDS[kind].title]),
    )
    cursor = body.page.nextCursor ? `&cursor=${body.page.nextCursor}` : ''
  } while (cursor)
  return names.sort()
}

async function checkLists(viewer: string, kind: Kind) {
  const { title, include } = KINDS[kind]
  const everyone = ['', `sort=${title}`, `sort=-${title}`, 'sort=-created_at']
  const owned = OWNERS.flatMap((owner) => {
    const own = (r: Rec) => r.owner === owner
    return [
      [`q=${owner.toLowerCase()}%20secret`, own],
      [`filter[owner_id]=${people[owner].id}`, own],
    ] as const
  })
  await Promise.all([
    ...[...everyone, 'q=secret'].map((q) => expectList(viewer, kind, q)),
    ...owned.map(([q, own]) => expectList(viewer, kind, q, own)),
  ])
  const rows = await expectList(viewer, kind, `include=${include}`)
  for (const row of rows) expectEmbeddedAccount(viewer, kind, row)
  if (typeVisible(viewer, kind)) {
    const want = sorted(of(kind).filter((r) => sees(viewer, r)))
    expect(await pageThrough(viewer, kind), `${viewer} pages`).toEqual(want)
  }
}

/** include=account embeds the account only when the reader may see it. */
function expectEmbeddedAccount(
  viewer: string,
  kind: Kind,
  row: Record<string, unknown>,
) {
  if (!KINDS[kind].include.includes('account')) return
  const r = named(String(row.name))
  const account = named(r.parents[0])
  const want = sees(viewer, account)
    ? { id: account.id, name: account.name }
    : null
  expect(row.account, `${viewer} ${r.name} include=account`).toEqual(want)
}

const MADE_UP = '01900000-0000-7000-8000-00000000beef'
const SUBPATHS = ['', '/timeline', '/access', '/shares', '/audit']

/** What a record's URL answers the viewer when it is not 200. */
function refusal(viewer: string, kind: Kind, sub: string) {
  // Without the action on the type at all, the record and its history
  // are refused outright; the paths that look the record up answer 404.
  if (sub === '/audit' && auditScope(roleOf(viewer), kind) === 'none') {
    return 403
  }
  return sub === '' && !typeVisible(viewer, kind) ? 403 : 404
}

async function checkRecord(viewer: string, r: Rec, sub: string) {
  const path = `/api/v1/${KINDS[r.kind].plural}/${r.id}${sub}`
  const res = await read(viewer, path)
  const what = `${viewer} GET ${r.name}${sub}`
  if (!sees(viewer, r)) {
    expect(res.statusCode, what).toBe(refusal(viewer, r.kind, sub))
    return res.json().title
  }
  if (sub === '/audit' && !readsHistory(viewer, r)) {
    expect([403, 404], `${what}: ${res.body}`).toContain(res.statusCode)
    return
  }
  expect(res.statusCode, what).toBe(200)
  if (sub === '') {
    expect(res.json().data[KINDS[r.kind].title], what).toBe(r.name)
  }
  if (sub === '/timeline') {
    const got = res.json().data.map((a: { subject: string }) => a.subject)
    const want = of('activity').filter(
      (a) => a.parents.includes(r.name) && sees(viewer, a),
    )
    expect(got.sort(), what).toEqual(sorted(want))
  }
}

/** Every URL of every record; a hidden one answers as a made-up id. */
async function checkRecords(viewer: string) {
  for (const kind of Object.keys(KINDS) as Kind[]) {
    for (const sub of SUBPATHS) {
      const path = `/api/v1/${KINDS[kind].plural}/${MADE_UP}${sub}`
      const none = await read(viewer, path)
      const what = `${viewer} GET made-up ${kind}${sub}`
      expect(none.statusCode, what).toBe(refusal(viewer, kind, sub))
      const titles = await Promise.all(
        of(kind).map((r) => checkRecord(viewer, r, sub)),
      )
      for (const title of titles.filter(Boolean)) {
        expect(title, what).toBe(none.json().title)
      }
    }
  }
}

/** Children of a visible account, and its rollups, hold to the reader. */
async function checkAccount(viewer: string, account: Rec) {
  const children = (kind: Kind) =>
    of(kind).filter((r) => r.parents.includes(account.name))
  const query = `filter[account_id]=${account.id}`
  const onAccount = (r: Rec) => r.parents.includes(account.name)
  await Promise.all(
    (['opportunity', 'contact', 'proposal'] as Kind[]).map((kind) =>
      expectList(viewer, kind, query, onAccount),
    ),
  )
  const got = (await read(viewer, `/api/v1/accounts/${account.id}`)).json().data
  const proposals = children('proposal').filter((r) => sees(viewer, r))
  const deals = children('opportunity').filter((r) => sees(viewer, r))
  const cents = deals.reduce((sum, d) => sum + (d.cents ?? 0), 0)
  const what = `${viewer} ${account.name} rollups`
  expect(Number(got.proposal_count), what).toBe(proposals.length)
  expect(got.deal_total, what).toBe(deals.length > 0 ? money(cents) : null)
}

interface BoardCase {
  query?: string
  want?: (r: Rec) => boolean
  /** False when a field rule hides amounts from the reader. */
  amounts?: boolean
}

type StageTotal = { stageId: string; count: number; amount: string | null }

/** Per stage, the count and total of the visible deals, and no others. */
async function checkBoard(viewer: string, board: BoardCase = {}) {
  const { query = '', want = () => true, amounts = true } = board
  const url = `/api/v1/pipelines/${pipelineId}/board?${query}`
  const res = await read(viewer, url)
  if (!typeVisible(viewer, 'opportunity')) {
    expect(res.statusCode, `${viewer} ${url}`).toBe(403)
    return
  }
  expect(res.statusCode, `${viewer} ${url}: ${res.body}`).toBe(200)
  const deals = of('opportunity').filter((r) => sees(viewer, r) && want(r))
  const expected = stageIds.map((stageId) => {
    const here = deals.filter((d) => d.stageId === stageId)
    const cents = here.reduce((sum, d) => sum + (d.cents ?? 0), 0)
    return { stageId, count: here.length, amount: amounts ? cents : null }
  })
  const got = res.json().data.map((s: StageTotal) => ({
    ...s,
    amount: s.amount === null ? null : Math.round(Number(s.amount) * 100),
  }))
  expect(got, `${viewer} ${url}`).toEqual(expected)
}

// --- The matrix -----------------------------------------------------------

const label = (viewer: string) => `${viewer} (${roleOf(viewer)})`

describe('every list, search, filter and sort', () => {
  for (const viewer of VIEWERS) {
    it(`shows ${label(viewer)} exactly the records their role reaches`, async () => {
      const kinds = Object.keys(KINDS) as Kind[]
      await Promise.all(kinds.map((kind) => checkLists(viewer, kind)))
    })
  }
})

describe('every record URL', () => {
  for (const viewer of VIEWERS) {
    it(`answers ${label(viewer)} 404 for what they may not see`, async () => {
      await checkRecords(viewer)
    })
  }
})

describe('related lists, embedded accounts, rollups and the board', () => {
  for (const viewer of VIEWERS) {
    it(`count for ${label(viewer)} only what they may see`, async () => {
      const accounts = of('account').filter((a) => sees(viewer, a))
      await Promise.all(accounts.map((a) => checkAccount(viewer, a)))
      await checkBoard(viewer)
      await checkBoard(viewer, {
        query: 'q=ann%20secret',
        want: (r) => r.owner === 'Ann',
      })
      await checkBoard(viewer, {
        query: `filter[owner_id]=${people.Bob.id}`,
        want: (r) => r.owner === 'Bob',
      })
    })
  }
})

describe('a share', () => {
  it('shows a record to the one user it names, where their roles reach the type', async () => {
    // Bob's side proposal sits on Ann's account: its rollup counts it now.
    const given = [
      ['Ann secret deal', 'Cat'],
      ['Ann secret deal', 'Sam'],
      ['Bob secret lead', 'Pat'],
      ['Bob secret side proposal', 'Ann'],
    ] as const
    for (const [record, viewer] of given) {
      const r = named(record)
      await create(`/api/v1/${KINDS[r.kind].plural}/${r.id}/shares`, {
        userId: people[viewer].id,
        access: 'read',
      })
      shares.push({ record, viewer })
    }
    // Support has no grant on deals, so a share cannot lend one.
    expect(sees('Cat', named('Ann secret deal'))).toBe(true)
    expect(sees('Sam', named('Ann secret deal'))).toBe(false)
    const kinds: Kind[] = ['opportunity', 'lead', 'proposal']
    await Promise.all(
      VIEWERS.map(async (viewer) => {
        for (const kind of kinds) await checkLists(viewer, kind)
        for (const [record] of given) {
          for (const sub of SUBPATHS) {
            await checkRecord(viewer, named(record), sub)
          }
        }
        for (const account of of('account').filter((a) => sees(viewer, a))) {
          await checkAccount(viewer, account)
        }
        await checkBoard(viewer)
      }),
    )
  })
})

describe('a field rule hiding amounts from sales reps', () => {
  const rule = (access: string) =>
    admin.request('PUT', '/api/v1/field-rules', {
      roleId: roleIds.sales_rep,
      recordType: 'opportunity',
      field: 'amount',
      access,
    })

  beforeAll(async () => {
    const res = await rule('hidden')
    expect(res.statusCode, res.body).toBe(200)
    // A change of amount after the rule, so the history holds one.
    const deal = named('Ann secret deal')
    deal.cents = (deal.cents ?? 0) + 3_317
    const change = await admin.request(
      'PATCH',
      `/api/v1/opportunities/${deal.id}`,
      { amount: money(deal.cents) },
    )
    expect(change.statusCode, change.body).toBe(200)
  })
  afterAll(async () => {
    expect((await rule('editable')).statusCode).toBe(200)
  })

  it('keeps every amount from a rep, on every path', async () => {
    const deal = named('Ann secret deal')
    const account = named('Ann secret account')
    const amounts = of('opportunity').map((d) => money(d.cents ?? 0))
    for (const path of [
      '/api/v1/opportunities?limit=200',
      '/api/v1/opportunities?limit=200&include=account,owner&q=secret',
      `/api/v1/opportunities/${deal.id}`,
      `/api/v1/opportunities/${deal.id}/audit?limit=100`,
      `/api/v1/opportunities/${deal.id}/timeline`,
      `/api/v1/accounts/${account.id}/timeline`,
      '/api/v1/accounts?limit=200',
      `/api/v1/accounts/${account.id}`,
      `/api/v1/pipelines/${pipelineId}/board`,
    ]) {
      const res = await read('Ann', path)
      expect.soft(res.statusCode, `Ann ${path}: ${res.body}`).toBe(200)
      const shown = amounts.filter((a) => res.body.includes(a))
      expect.soft(shown, `Ann ${path} shows amounts`).toEqual([])
      // The account's deal total reads amounts, so it is hidden with them.
      for (const key of ['"amount":"', '"amount":0', 'deal_total']) {
        expect.soft(res.body, `Ann ${path}`).not.toContain(key)
      }
    }
    const history = (
      await read('Ann', `/api/v1/opportunities/${deal.id}/audit?limit=100`)
    ).json().data
    expect(history.length).toBeGreaterThan(1)
    for (const entry of history) {
      expect
        .soft(Object.keys(entry.changes), 'Ann audit')
        .not.toContain('amount')
    }
    await checkBoard('Ann', { amounts: false })
  })

  it('refuses a rep filtering, sorting or asking by amount', async () => {
    for (const query of [
      'filter[amount][gt]=0',
      'filter[amount]=1007.13',
      'sort=amount',
      'sort=-amount',
      'fields=name,amount',
    ]) {
      const res = await read('Ann', `/api/v1/opportunities?${query}`)
      expect.soft(res.statusCode, `Ann opportunities?${query}`).toBe(400)
    }
    for (const query of ['filter[deal_total][gt]=0', 'sort=-deal_total']) {
      const res = await read('Ann', `/api/v1/accounts?${query}`)
      expect.soft(res.statusCode, `Ann accounts?${query}`).toBe(400)
    }
    const board = `/api/v1/pipelines/${pipelineId}/board?filter[amount][gt]=0`
    expect((await read('Ann', board)).statusCode, `Ann ${board}`).toBe(400)
  })

  it('leaves a manager the amounts of their reports', async () => {
    const deal = named('Ann secret deal')
    const got = await read('Mona', `/api/v1/opportunities/${deal.id}`)
    expect(got.json().data.amount).toBe(money(deal.cents ?? 0))
    await checkBoard('Mona')
    await checkAccount('Mona', named('Ann secret account'))
  })
})
