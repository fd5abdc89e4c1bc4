import { describe, expect, it } from 'vitest'
import {
  companyKey,
  domainKey,
  personKey,
} from '../../src/server/modules/duplicates/company-key.js'
import { emailKey } from '../../src/server/modules/duplicates/email-key.js'
import { foldText } from '../../src/server/modules/duplicates/fold-text.js'
import { phoneKey } from '../../src/server/modules/duplicates/phone-key.js'
import {
  keySources,
  recordKeys,
} from '../../src/server/modules/duplicates/record-keys.js'
import { scoreMatches } from '../../src/server/modules/duplicates/score-matches.js'

describe('email keys', () => {
  it('trim and case-fold an address', () => {
    expect(emailKey('  Ann.Lee@Acme.COM ')).toBe('ann.lee@acme.com')
  })

  it('drop the plus tag only where the mail service ignores it', () => {
    expect(emailKey('ann+crm@gmail.com')).toBe('ann@gmail.com')
    expect(emailKey('ann+crm@outlook.com')).toBe('ann@outlook.com')
    expect(emailKey('ann+crm@hotmail.com')).toBe('ann@hotmail.com')
    expect(emailKey('ann+crm@acme.com')).toBe('ann+crm@acme.com')
  })

  it('read googlemail.com as gmail.com, whose dots do not count', () => {
    expect(emailKey('Jose.Garcia+news@googlemail.com')).toBe(
      'josegarcia@gmail.com',
    )
  })

  it('give nothing for blank or malformed values', () => {
    for (const value of [
      '',
      '   ',
      '\t',
      'ann',
      '@acme.com',
      'ann@',
      'a b@c.d',
    ]) {
      expect(emailKey(value), JSON.stringify(value)).toBeNull()
    }
    expect(emailKey(null)).toBeNull()
    expect(emailKey('+tag@gmail.com')).toBeNull()
  })
})

describe('phone keys', () => {
  it('parse national numbers in the region to E.164', () => {
    expect(phoneKey('(415) 555-2671', 'US')).toBe('+14155552671')
    expect(phoneKey('020 7946 0958', 'GB')).toBe('+442079460958')
    expect(phoneKey('030 123456', 'DE')).toBe('+4930123456')
  })

  it('read international forms whatever the region', () => {
    expect(phoneKey('+44 (0)20 7946 0958', 'US')).toBe('+442079460958')
    expect(phoneKey('00 44 20 7946 0958', 'DE')).toBe('+442079460958')
    expect(phoneKey('+1 415 555 2671 ext. 12', 'GB')).toBe('+14155552671')
  })

  it('keep a number already in E.164 intact, even one no plan knows', () => {
    expect(phoneKey('+14155552671', 'GB')).toBe('+14155552671')
    expect(phoneKey('+999123456789', 'US')).toBe('+999123456789')
  })

  it('key a number no plan makes possible by its digits', () => {
    expect(phoneKey('555-1234', 'US')).toBe('#5551234')
    expect(phoneKey('020 7946 0958', 'US')).toBe('#02079460958')
  })

  it('give nothing for blank, whitespace or too few digits', () => {
    for (const value of ['', '   ', '\n\t', '-', '12', 'n/a', '+']) {
      expect(phoneKey(value, 'US'), JSON.stringify(value)).toBeNull()
    }
  })
})

describe('names and companies', () => {
  it('fold case and accents, and letters Unicode does not decompose', () => {
    expect(foldText('José GARCÍA')).toBe('jose garcia')
    expect(foldText('Zoë Ørsted-Łukasz')).toBe('zoe orsted lukasz')
    expect(foldText('Straße')).toBe('strasse')
    expect(personKey('  Renée ', "O'Brien")).toBe('renee o brien')
  })

  it('ignore legal forms, a leading "the" and punctuation', () => {
    expect(companyKey('Acme, Inc.')).toBe('acme')
    expect(companyKey('ACME Incorporated')).toBe('acme')
    expect(companyKey('Müller GmbH & Co. KG')).toBe('muller')
    expect(companyKey('The Widget Company Ltd')).toBe('widget')
    expect(companyKey('Smith & Sons')).toBe('smith and sons')
    expect(companyKey('Ltd')).toBeNull()
    expect(companyKey('  ')).toBeNull()
  })

  it('read a website down to its host', () => {
    expect(domainKey('https://WWW.Acme.com/about?x=1')).toBe('acme.com')
    expect(domainKey('acme.com')).toBe('acme.com')
    expect(domainKey('http://shop.acme.co.uk:8080')).toBe('shop.acme.co.uk')
    expect(domainKey('not a site')).toBeNull()
  })
})

describe('record keys', () => {
  it('count every email and phone of a contact, each once per field', () => {
    const keys = recordKeys(
      'contact',
      keySources('contact', [{ name: 'assistant_phone', type: 'phone' }]),
      {
        first_name: 'Ann',
        last_name: 'Lee',
        email: 'ann@acme.com',
        secondary_email: 'ANN@acme.com',
        phone: '415 555 2671',
        mobile_phone: '   ',
        assistant_phone: '+1 (415) 555-0000',
      },
      'US',
    )
    expect(keys).toEqual([
      { kind: 'name', field: 'first_name+last_name', value: 'ann lee' },
      { kind: 'email', field: 'email', value: 'ann@acme.com' },
      { kind: 'email', field: 'secondary_email', value: 'ann@acme.com' },
      { kind: 'phone', field: 'phone', value: '+14155552671' },
      { kind: 'phone', field: 'assistant_phone', value: '+14155550000' },
    ])
  })

  it('score independent evidence above any one piece of it', () => {
    const email = {
      kind: 'email' as const,
      field: 'email',
      otherField: 'email',
      value: 'a@b.c',
      similarity: 1,
    }
    const name = { ...email, kind: 'name' as const, similarity: 0.87 }
    const both = scoreMatches('contact', [email, name])
    expect(both.score).toBeGreaterThan(scoreMatches('contact', [email]).score)
    expect(both.reasons.map((r) => r.text)).toEqual([
      'same email a@b.c',
      'name 87% similar',
    ])
  })
})
