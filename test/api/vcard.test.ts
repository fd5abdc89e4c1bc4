import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { VcardImport } from '../../src/server/modules/vcards/import-vcards.js'
import { createUser } from '../support/factories.js'
import {
  type Browser,
  startTestApp,
  type TestApp,
} from '../support/test-app.js'

const DATA = join(import.meta.dirname, '../../../shared/data/vcard')
const FILES = readdirSync(DATA, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.vcf'))
  .sort()

let t: TestApp
let admin: Browser
let rep: Browser
let repId: string
let sapId: string

const CONTACT_FIELDS = [
  'first_name',
  'last_name',
  'title',
  'email',
  'secondary_email',
  'phone',
  'mobile_phone',
  'mailing_city',
  'mailing_country',
  'description',
]

function send(as: Browser, path: string, file: Buffer | string) {
  const body = Buffer.from(file) as unknown as object
  return as.request('POST', path, body, { 'content-type': 'text/vcard' })
}

async function preview(as: Browser, file: Buffer | string) {
  const res = await send(as, '/api/v1/contacts/vcard', file)
  expect(res.statusCode, res.body).toBe(200)
  return res.json().data as VcardImport
}

async function commit(as: Browser, file: Buffer | string) {
  const res = await send(as, '/api/v1/contacts/vcard/commit', file)
  expect(res.statusCode, res.body).toBe(201)
  return res.json().data as VcardImport
}

const fixture = (name: string) => readFileSync(join(DATA, name))

function fieldsOf(record: Record<string, unknown>) {
  return Object.fromEntries(
    CONTACT_FIELDS.filter((f) => record[f] != null).map((f) => [f, record[f]]),
  )
}

async function create(as: Browser, path: string, body: object) {
  const res = await as.request('POST', path, body)
  expect(res.statusCode, res.body).toBe(201)
  return res.json().data
}

async function roleId(key: string) {
  const roles = (await admin.get('/api/v1/roles')).json().data
  return roles.find((r: { key: string }) => r.key === key).id
}

/** The cards of a .vcf file, split at each BEGIN:VCARD. */
const cardsIn = (text: string) => text.split('BEGIN:VCARD').slice(1)

beforeAll(async () => {
  t = await startTestApp()
  admin = await t.signIn('admin@acme.test')
  const user = await createUser(t.database.db, t.workspace.tenantId, {
    name: 'Rita Rep',
  })
  repId = user.id
  const res = await admin.request('PUT', `/api/v1/users/${user.id}/roles`, {
    roleIds: [await roleId('sales_rep')],
  })
  expect(res.statusCode, res.body).toBe(200)
  rep = await t.signIn(user.email)
  sapId = (await create(admin, '/api/v1/accounts', { name: 'SAP' })).id
})
afterAll(() => t.close())

describe('importing the shared vCard files', () => {
  it.each(FILES)(
    '%s: the commit creates what the preview showed',
    async (name) => {
      const file = fixture(name)
      const shown = await preview(admin, file)
      expect(shown.cards.length).toBeGreaterThan(0)
      for (const card of shown.cards) {
        expect(['ready', 'duplicate', 'rejected']).toContain(card.status)
        if (card.status === 'rejected') expect(card.reason).toMatch(/\w{3}/)
        else expect(card.contact?.last_name).toBeTruthy()
      }

      const done = await commit(admin, file)
      expect(done.cards.map((c) => c.status)).toEqual(
        shown.cards.map((c) => (c.status === 'ready' ? 'created' : c.status)),
      )
      for (const [i, card] of done.cards.entries()) {
        if (card.status !== 'created') continue
        const saved = (await admin.get(`/api/v1/contacts/${card.id}`)).json()
        expect(fieldsOf(saved.data)).toEqual(shown.cards[i].contact)
      }
      expect(done.summary.created).toBe(shown.summary.ready)
    },
  )

  it('reads every version, with the card count each file holds', async () => {
    const versions = new Set<string>()
    for (const name of FILES) {
      const { cards } = await preview(admin, fixture(name))
      for (const c of cards) if (c.version) versions.add(c.version)
    }
    expect([...versions].sort()).toEqual(['2.1', '3.0', '4.0'])
    const count = async (name: string) =>
      (await preview(admin, fixture(name))).cards.length
    expect(await count('ez-vcard/gmail-list.vcf')).toBe(3)
    expect(await count('ez-vcard/John_Doe_ANDROID.vcf')).toBe(6)
    expect(await count('ical4j-vcard/vcard-vCards-SAP.vcf')).toBe(30)
  })

  it('decodes quoted-printable UTF-8 names and folded notes of 2.1 cards', async () => {
    const { cards } = await preview(
      admin,
      fixture('ez-vcard/John_Doe_ANDROID.vcf'),
    )
    expect(cards[2].contact?.last_name).toBe('Ñ Ñ Ñ Ñ')
    expect(cards[3].contact?.last_name).toBe('Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ')
    expect(cards[4].warnings.join()).toMatch(/not an email address/)

    const outlook = await preview(admin, fixture('ez-vcard/outlook-2003.vcf'))
    expect(outlook.cards[0].contact?.description).toBe(
      'This is the note field!!\nSecond line\n\nThird line is empty',
    )
  })

  it('keeps accents written raw in UTF-8, in 2.1 and 3.0', async () => {
    const raw = await preview(admin, fixture('ical4j-vcard/4b62872a-849-0.vcf'))
    expect(raw.cards[0].contact).toMatchObject({
      last_name: 'Branntwein',
      mailing_city: 'Köln',
      mailing_country: 'Deutschland',
    })
    const sap = await preview(
      admin,
      fixture('ical4j-vcard/vcard-vCards-SAP.vcf'),
    )
    const names = sap.cards.map((c) => c.contact?.last_name)
    expect(names).toContain('Spaßlund')
    expect(names).toContain('Blümchen')
  })

  it('refuses cards with no name, and says why', async () => {
    for (const name of [
      'ical4j-vcard/valid__vcard-group.vcf',
      'ical4j-vcard/valid__vcard-lowercase.vcf',
      'ez-vcard/John_Doe_ANDROID.vcf',
    ]) {
      const { cards } = await preview(admin, fixture(name))
      expect(cards[0]).toMatchObject({
        status: 'rejected',
        reason: 'The card has no name (neither N nor FN)',
      })
    }
  })

  it('reads the cards the data marks as broken, noting what it let pass', async () => {
    const spaced = await preview(
      admin,
      fixture('ical4j-vcard/invalid__vcard-dirk-whitespaceafterbegin.vcf'),
    )
    expect(spaced.cards[0].status).not.toBe('rejected')
    expect(spaced.cards[0].warnings).toContain(
      'Spaces after BEGIN:VCARD on line 1 were ignored',
    )
    const short = await preview(
      admin,
      fixture('ical4j-vcard/invalid__vcard-incompletenproperty.vcf'),
    )
    expect(short.cards[0].contact).toMatchObject({
      last_name: 'Mylka',
      first_name: 'Antoni',
    })
  })

  it('rejects a card cut off before END:VCARD or of an unknown version', async () => {
    const { cards } = await preview(
      admin,
      'BEGIN:VCARD\r\nVERSION:5.0\r\nFN:Ann Future\r\nEND:VCARD\r\n' +
        'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Off\r\n',
    )
    expect(cards.map((c) => c.reason)).toEqual([
      'vCard version 5.0 is not supported (2.1, 3.0 and 4.0 are)',
      'The card has no END:VCARD line',
    ])
    const empty = await send(admin, '/api/v1/contacts/vcard', 'hello')
    expect(empty.statusCode).toBe(422)
  })
})

describe('duplicates and accounts', () => {
  it('links a card to the account of its organisation, else says so', async () => {
    const file =
      'BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lind;Olga\r\nORG:sap;Finance\r\n' +
      'EMAIL:olga.lind@example.test\r\nEND:VCARD\r\n' +
      'BEGIN:VCARD\r\nVERSION:3.0\r\nN:Berg;Ivo\r\nORG:Nowhere Ltd\r\n' +
      'EMAIL:ivo.berg@example.test\r\nEND:VCARD\r\n'
    const done = await commit(admin, file)
    expect(done.cards[0].account).toEqual({ id: sapId, name: 'SAP' })
    expect(done.cards[1].account).toEqual({ name: 'Nowhere Ltd' })
    expect(done.cards[1].warnings).toContain(
      'No account named "Nowhere Ltd" that you can see; the contact is not linked',
    )
    const linked = await admin.get(
      `/api/v1/contacts?filter[account_id]=${sapId}&q=olga`,
    )
    expect(linked.json().data.map((c: { id: string }) => c.id)).toEqual([
      done.cards[0].id,
    ])
  })

  it('reports a contact whose email exists, or came earlier in the file', async () => {
    const card = (email: string) =>
      `BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Dee Dupe\r\nEMAIL:${email}\r\nEND:VCARD\r\n`
    const first = await commit(admin, card('dee@example.test'))
    const again = await preview(
      admin,
      card('DEE@example.test') +
        card('new@example.test') +
        card('new@example.test'),
    )
    expect(again.cards.map((c) => c.status)).toEqual([
      'duplicate',
      'ready',
      'duplicate',
    ])
    expect(again.cards[0].duplicateOf?.id).toBe(first.cards[0].id)
    expect(again.cards[2].duplicateOf).toEqual({ card: 2, title: 'Dee Dupe' })
  })
})

describe('exporting vCards', () => {
  let ana: Record<string, string>

  beforeAll(async () => {
    ana = await create(admin, '/api/v1/contacts', {
      first_name: 'Ana María',
      last_name: 'Núñez, Jr.',
      title: 'Head; of Sales',
      email: 'ana.nunez@example.test',
      secondary_email: 'ana@home.example',
      phone: '+49 30 1234567',
      mobile_phone: '+49 151 7654321',
      mailing_city: 'Köln',
      mailing_country: 'Deutschland',
      description: 'Met at the fair.\nLikes long notes, with commas; and more.',
    })
    await create(admin, '/api/v1/account-contacts', {
      account_id: sapId,
      contact_id: ana.id,
      is_primary: true,
    })
  })

  it('writes one contact as vCard 4.0, and 3.0 when asked', async () => {
    const res = await admin.get(`/api/v1/contacts/${ana.id}/vcard`)
    expect(res.statusCode, res.body).toBe(200)
    expect(res.headers['content-type']).toBe('text/vcard; charset=utf-8')
    expect(res.headers['content-disposition']).toContain('.vcf')
    expect(res.body).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/)
    expect(res.body).toContain('ORG:SAP\r\n')
    const old = await admin.get(`/api/v1/contacts/${ana.id}/vcard?version=3.0`)
    expect(old.body).toMatch(/^BEGIN:VCARD\r\nVERSION:3\.0\r\n/)
  })

  it.each(['4.0', '3.0'])(
    'reads back a %s card as the same contact',
    async (v) => {
      const card = (
        await admin.get(`/api/v1/contacts/${ana.id}/vcard?version=${v}`)
      ).body
      const { cards } = await preview(admin, card)
      expect(cards[0].status).toBe('duplicate')
      expect(cards[0].duplicateOf?.id).toBe(ana.id)
      expect(cards[0].contact).toEqual(fieldsOf(ana))
    },
  )

  it('re-imports an exported card, once its contact is gone, unchanged', async () => {
    const copy = await create(admin, '/api/v1/contacts', {
      ...fieldsOf(ana),
      email: 'ana.copy@example.test',
      secondary_email: null,
    })
    const card = (await admin.get(`/api/v1/contacts/${copy.id}/vcard`)).body
    const gone = await admin.request('DELETE', `/api/v1/contacts/${copy.id}`)
    expect(gone.statusCode, gone.body).toBe(204)
    const done = await commit(admin, card)
    expect(done.cards[0].status).toBe('created')
    const back = (
      await admin.get(`/api/v1/contacts/${done.cards[0].id}`)
    ).json()
    expect(fieldsOf(back.data)).toEqual(fieldsOf(copy))
  })

  it('writes a list view as one file, page after page, filtered and sorted', async () => {
    const many = Array.from(
      { length: 230 },
      (_, i) =>
        `BEGIN:VCARD\r\nVERSION:4.0\r\nN:Bulk${String(i).padStart(3, '0')};Zed\r\n` +
        `EMAIL:bulk${i}@example.test\r\nEND:VCARD\r\n`,
    ).join('')
    const started = performance.now()
    const done = await commit(admin, many)
    const ms = performance.now() - started
    expect(done.summary.created).toBe(230)
    console.info(`vCard import: 230 cards in ${Math.round(ms)} ms`)

    const res = await admin.get('/api/v1/contacts/vcard?q=bulk&sort=-last_name')
    expect(res.statusCode, res.body).toBe(200)
    const cards = cardsIn(res.body)
    expect(cards).toHaveLength(230)
    expect(cards[0]).toContain('N:Bulk229;Zed')
    expect(cards[229]).toContain('N:Bulk000;Zed')
  })

  it('gives a rep only their own contacts, without fields hidden from them', async () => {
    await create(rep, '/api/v1/contacts', {
      first_name: 'Rosa',
      last_name: 'Repowned',
      email: 'rosa@example.test',
      mobile_phone: '+44 7700 900123',
    })
    const rule = await admin.request('PUT', '/api/v1/field-rules', {
      roleId: await roleId('sales_rep'),
      recordType: 'contact',
      field: 'mobile_phone',
      access: 'hidden',
    })
    expect(rule.statusCode, rule.body).toBeLessThan(300)

    const res = await rep.get('/api/v1/contacts/vcard')
    expect(res.statusCode, res.body).toBe(200)
    const cards = cardsIn(res.body)
    expect(cards).toHaveLength(1)
    expect(cards[0]).toContain('FN:Rosa Repowned')
    expect(res.body).not.toContain('7700')
    const mine = (await rep.get('/api/v1/contacts')).json().data[0]
    expect(mine.owner_id).toBe(repId)
    const one = await rep.get(`/api/v1/contacts/${mine.id}/vcard`)
    expect(one.body).not.toContain('TEL;TYPE=cell')
    const theirs = await rep.get(`/api/v1/contacts/${ana.id}/vcard`)
    expect(theirs.statusCode).toBe(404)
  })

  it('leaves out, with a note, what a rep may not set when they import', async () => {
    const done = await commit(
      rep,
      'BEGIN:VCARD\r\nVERSION:3.0\r\nN:Imported;Ivy\r\nEMAIL:ivy@example.test\r\n' +
        'TEL;TYPE=CELL:+44 7700 900999\r\nEND:VCARD\r\n',
    )
    expect(done.cards[0].status).toBe('created')
    expect(done.cards[0].warnings).toContain(
      "Mobile is not yours to set; the card's value was left out",
    )
    const saved = await admin.get(`/api/v1/contacts/${done.cards[0].id}`)
    expect(saved.json().data).toMatchObject({
      owner_id: repId,
      mobile_phone: null,
    })
  })
})
