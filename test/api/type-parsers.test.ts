import { describe, expect, it } from 'vitest'
import { OID, typeParsers } from '../../src/server/platform/db/type-parsers.js'

const instant = typeParsers[OID.timestamptz]

describe('instants read from PostgreSQL', () => {
  it('keep their microseconds at a fixed width', () => {
    expect(instant('2026-12-03 18:20:01.12345+00')).toBe(
      '2026-12-03T18:20:01.123450Z',
    )
    expect(instant('2026-12-03 18:20:01+00')).toBe(
      '2026-12-03T18:20:01.000000Z',
    )
  })

  it('sort as text in time order', () => {
    const texts = [
      '2026-12-03 18:20:01.123456+00',
      '2026-12-03 18:20:01.12345+00',
    ]
    const sorted = texts.map((t) => instant(t) as string).sort()
    expect(sorted).toEqual([
      '2026-12-03T18:20:01.123450Z',
      '2026-12-03T18:20:01.123456Z',
    ])
  })
})
