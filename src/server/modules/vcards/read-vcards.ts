import ICAL from 'ical.js'
import {
  type ContentLine,
  decodeFile,
  decodeQuotedPrintable,
  isQuotedPrintableParam,
  type LineParts,
  splitLine,
  unfold,
} from './vcard-lines.js'

/** One card of a file: read, or refused with the reason. */
export interface ReadCard {
  /** Its place in the file, from 1. */
  index: number
  /** The file line its BEGIN:VCARD is on. */
  line: number
  version?: string
  card?: ICAL.Component
  error?: string
  warnings: string[]
}

// Pictures, logos, sounds and keys are not kept on a contact: their
// lines, often thousands of folded base64 lines, are skipped unread.
const SKIPPED = new Set(['PHOTO', 'LOGO', 'SOUND', 'KEY'])
const BARE_ENCODINGS = new Set(['BASE64', '8BIT', '7BIT', 'B'])
const VERSIONS: Record<string, string> = {
  '2.1': '2.1',
  '3.0': '3.0',
  '4.0': '4.0',
  '4': '4.0',
}

const propertyOf = (name: string) => name.split('.').at(-1)?.toUpperCase()

/**
 * A line in the form ical.js reads: 2.1's bare parameters (`TEL;CELL`)
 * become `TYPE=CELL`, a quoted-printable value is decoded in its CHARSET
 * and its line breaks escaped, as 3.0 writes them. Lines already in 3.0
 * or 4.0 form are passed on as they are.
 */
function modernLine(parts: LineParts, legacy: boolean): string {
  let quotedPrintable = false
  let charset: string | undefined
  const params: string[] = []
  for (const param of parts.params) {
    const [key, ...rest] = param.split('=')
    const upper = key.trim().toUpperCase()
    if (isQuotedPrintableParam(param)) quotedPrintable = true
    else if (upper === 'CHARSET') charset = rest.join('=')
    else if (upper === 'ENCODING' || BARE_ENCODINGS.has(upper)) continue
    else if (upper === 'VALUE' && legacy) continue
    else if (rest.length === 0) params.push(`TYPE=${key.trim()}`)
    else params.push(param)
  }
  let value = parts.value
  if (quotedPrintable) {
    value = decodeQuotedPrintable(value, charset).replace(/\r\n|\r|\n/g, '\\n')
  }
  return `${[parts.name, ...params].join(';')}:${value}`
}

interface CardLines {
  line: number
  body: ContentLine[]
  warnings: string[]
  closed: boolean
}

/** Content lines grouped into cards, with where each began. */
function groupCards(lines: ContentLine[]) {
  const cards: CardLines[] = []
  let open: CardLines | undefined
  for (const l of lines) {
    const marker = l.text.trim().toUpperCase()
    const spaced = l.text !== l.text.trimEnd()
    if (marker === 'BEGIN:VCARD') {
      open = { line: l.line, body: [], warnings: [], closed: false }
      cards.push(open)
      if (spaced)
        open.warnings.push(
          `Spaces after BEGIN:VCARD on line ${l.line} were ignored`,
        )
    } else if (marker === 'END:VCARD' && open) {
      if (spaced)
        open.warnings.push(
          `Spaces after END:VCARD on line ${l.line} were ignored`,
        )
      open.closed = true
      open = undefined
    } else if (open) {
      open.body.push(l)
    }
  }
  return cards
}

function readCard(index: number, group: CardLines): ReadCard {
  const warnings = [...group.warnings]
  const base = { index, line: group.line, warnings }
  if (!group.closed) {
    return { ...base, error: 'The card has no END:VCARD line' }
  }
  const parsed = group.body.map((l) => ({ l, parts: splitLine(l.text) }))
  const broken = parsed.find((p) => !p.parts)
  if (broken) {
    return {
      ...base,
      error: `Line ${broken.l.line} is not a vCard property (no ":"): ${broken.l.text.slice(0, 60)}`,
    }
  }
  const named = parsed.find(
    (p) => propertyOf(p.parts?.name ?? '') === 'VERSION',
  )
  const stated = named?.parts?.value.trim()
  const version = stated === undefined ? '3.0' : VERSIONS[stated]
  if (!version) {
    return {
      ...base,
      error: `vCard version ${stated} is not supported (2.1, 3.0 and 4.0 are)`,
    }
  }
  if (stated === undefined)
    warnings.push('The card states no VERSION; it was read as 3.0')
  else if (stated !== version)
    warnings.push(`VERSION:${stated} was read as ${version}`)

  const legacy = version === '2.1'
  const lines = parsed
    .filter(
      (p) => p !== named && !SKIPPED.has(propertyOf(p.parts?.name ?? '') ?? ''),
    )
    .map((p) => modernLine(p.parts as LineParts, legacy))
  // ical.js reads 2.1 by the 3.0 rules once its lines are rewritten; 4.0
  // must state its version first.
  const text = [
    'BEGIN:VCARD',
    `VERSION:${legacy ? '3.0' : version}`,
    ...lines,
    'END:VCARD',
  ].join('\r\n')
  try {
    return { ...base, version, card: new ICAL.Component(ICAL.parse(text)) }
  } catch (error) {
    return {
      ...base,
      version,
      error: `The card could not be read: ${(error as Error).message}`,
    }
  }
}

/** Every card in a .vcf file, in order, each read or refused alone. */
export function readVcards(bytes: Buffer): ReadCard[] {
  const { text } = decodeFile(bytes)
  return groupCards(unfold(text)).map((group, i) => readCard(i + 1, group))
}
