import { mkdirSync, readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { sessionApi } from './support/session-api.js'
import { signIn } from './support/sign-in.js'

const SHOTS = '/tmp/shots'
mkdirSync(SHOTS, { recursive: true })

// Made-up people, so no real name reaches a screenshot.
function cards(accountName: string, stamp: string) {
  return [
    'BEGIN:VCARD',
    'VERSION:2.1',
    'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Fern=C3=A1ndez;Luc=C3=ADa',
    `ORG:${accountName}`,
    `EMAIL;PREF;INTERNET:lucia.${stamp}@example.test`,
    'TEL;CELL:+34 600 111 222',
    'END:VCARD',
    'BEGIN:VCARD',
    'VERSION:4.0',
    'FN:Økland Brævik',
    `EMAIL:oekland.${stamp}@example.test`,
    'ORG:No Such Company Anywhere',
    'END:VCARD',
    'BEGIN:VCARD',
    'VERSION:3.0',
    `EMAIL:nameless.${stamp}@example.test`,
    'END:VCARD',
  ].join('\r\n')
}

test('a .vcf imports through the contacts list after its preview, and a contact downloads as a vCard', async ({
  page,
}) => {
  await signIn(page, 'demo', 'admin@demo.example', 'rapport-demo')
  const api = await sessionApi(page)
  const stamp = String(Date.now())
  const account = await api.send<{ name: string }>('POST', '/api/v1/accounts', {
    name: `Ravel Tiles ${stamp}`,
  })

  await page.goto('/contacts')
  await expect(page.getByTestId('record-row').first()).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/vcard-list.png` })
  await page.getByRole('button', { name: 'Import vCards' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import vCards' })
  await dialog.locator('input[type="file"]').setInputFiles({
    name: 'people.vcf',
    mimeType: 'text/vcard',
    buffer: Buffer.from(cards(account.name, stamp)),
  })
  await expect(dialog.getByRole('status')).toHaveText(
    '2 to create · 0 duplicate · 1 rejected',
  )
  await expect(dialog).toContainText('Lucía Fernández')
  await expect(dialog).toContainText('The card has no name (neither N nor FN)')
  await expect(dialog).toContainText('No Such Company Anywhere (not linked)')
  await page.screenshot({ path: `${SHOTS}/vcard-preview.png` })

  await dialog.getByRole('button', { name: 'Import 2 contacts' }).click()
  await expect(dialog.getByRole('status')).toHaveText(
    '2 created · 0 duplicate · 1 rejected',
  )
  await page.screenshot({ path: `${SHOTS}/vcard-imported.png` })
  await dialog.getByRole('link', { name: 'Open contact' }).first().click()

  await expect(page.getByRole('heading', { name: /Fernández/ })).toBeVisible()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download vCard' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('Lucía Fernández.vcf')
  const card = readFileSync(await download.path(), 'utf8')
  expect(card).toContain('VERSION:4.0')
  expect(card).toContain('N:Fernández;Lucía;;;')
  expect(card).toContain(`ORG:${account.name}`)
  await page.screenshot({ path: `${SHOTS}/vcard-contact.png` })

  await page.goto(`/contacts?q=${stamp}&sort=last_name`)
  await expect(page.getByTestId('record-row')).toHaveCount(2)
  const [list] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download vCards' }).click(),
  ])
  expect(list.suggestedFilename()).toMatch(/^contacts-\d{4}-\d{2}-\d{2}\.vcf$/)
  const file = readFileSync(await list.path(), 'utf8')
  const names = [...file.matchAll(/^FN:(.*)$/gm)].map((m) => m[1].trim())
  expect(names).toEqual(['Økland Brævik', 'Lucía Fernández'])
})
