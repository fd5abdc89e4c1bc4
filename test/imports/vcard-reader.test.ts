import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { contactFromCard } from '../../src/server/modules/vcards/card-to-contact.js'
import { readVcards } from '../../src/server/modules/vcards/read-vcards.js'

function contactOf(text: string | Buffer) {
  const [read] = readVcards(Buffer.from(text))
  expect(read.error).toBeUndefined()
  const mapped = read.card && contactFromCard(read.card)
  if (!mapped || 'error' in mapped) throw new Error('no contact')
  return mapped.draft
}

describe('reading vCard text', () => {
  it('decodes quoted-printable in the charset the line names', () => {
    const draft = contactOf(
      'BEGIN:VCARD\r\nVERSION:2.1\r\nN:Nowak;Ewa\r\n' +
        'ADR;HOME;CHARSET=ISO-8859-2;ENCODING=QUOTED-PRINTABLE:;;Rynek 1;Krak=F3w;ma=B3opolskie;;Polska\r\n' +
        'END:VCARD\r\n',
    )
    expect(draft.values.mailing_city).toBe('Kraków')
  })

  it('joins a quoted-printable value broken with soft line breaks', () => {
    const draft = contactOf(
      'BEGIN:VCARD\r\nVERSION:2.1\r\nN:Lee;Ann\r\n' +
        'NOTE;ENCODING=QUOTED-PRINTABLE:first line=0D=0Asecond =\r\nhalf=\r\n done\r\n' +
        'END:VCARD\r\n',
    )
    expect(draft.values.description).toBe('first line\nsecond half done')
  })

  it('reads a file that is not UTF-8 as Windows-1252', () => {
    const bytes = iconv.encode(
      'BEGIN:VCARD\r\nVERSION:2.1\r\nN:Müller;José\r\nEND:VCARD\r\n',
      'windows-1252',
    )
    expect(contactOf(bytes).values).toMatchObject({
      last_name: 'Müller',
      first_name: 'José',
    })
  })

  it('unfolds lines whatever their endings, doubled carriage returns too', () => {
    const draft = contactOf(
      'BEGIN:VCARD\r\r\nVERSION:3.0\r\r\nN:Okafor;Chi\r\r\nNOTE:one long\r\r\n  note\r\r\nEND:VCARD\r\r\n',
    )
    expect(draft.values.description).toBe('one long note')
  })

  it('takes 4.0 preferences by PREF, and keeps two emails of three', () => {
    const draft = contactOf(
      'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Tomás Ruiz\r\n' +
        'EMAIL:a@example.test\r\nEMAIL;PREF=1:b@example.test\r\nEMAIL:c@example.test\r\n' +
        'TEL;TYPE=fax:1\r\nTEL;VALUE=uri;TYPE=cell:tel:+34-600-000-000\r\nEND:VCARD\r\n',
    )
    expect(draft.values).toMatchObject({
      last_name: 'Ruiz',
      first_name: 'Tomás',
      email: 'b@example.test',
      secondary_email: 'a@example.test',
      mobile_phone: '+34-600-000-000',
    })
    expect(draft.values.phone).toBeUndefined()
    expect(draft.warnings).toContain('1 more email address(es) were left out')
  })
})
