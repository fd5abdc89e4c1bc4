import iconv from 'iconv-lite'

/** One content line once unfolded, with the file line it started on. */
export interface ContentLine {
  text: string
  line: number
}

/** A content line taken apart: `group.NAME;param;param:value`. */
export interface LineParts {
  name: string
  params: string[]
  value: string
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * The file as text. vCard 3.0 and 4.0 are UTF-8; old 2.1 writers used the
 * machine's code page, so bytes that are not UTF-8 are read as
 * Windows-1252 rather than refused.
 */
export function decodeFile(bytes: Buffer): { text: string; legacy: boolean } {
  try {
    return { text: utf8.decode(bytes).replace(/^\uFEFF/, ''), legacy: false }
  } catch {
    return { text: iconv.decode(bytes, 'windows-1252'), legacy: true }
  }
}

/** Splits a line at its first `;` or `:` and `:` outside double quotes. */
export function splitLine(text: string): LineParts | undefined {
  let quoted = false
  const cuts: number[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '"') quoted = !quoted
    else if (!quoted && c === ';') cuts.push(i)
    else if (!quoted && c === ':') {
      const head = [0, ...cuts.map((n) => n + 1)]
      const parts = head.map((start, k) =>
        text.slice(start, k < cuts.length ? cuts[k] : i),
      )
      return {
        name: parts[0],
        params: parts.slice(1),
        value: text.slice(i + 1),
      }
    }
  }
  return undefined
}

/** Whether a parameter says the value is quoted-printable (2.1 only). */
export const isQuotedPrintableParam = (param: string) =>
  /^(encoding=)?quoted-printable$/i.test(param)

const isQuotedPrintable = (text: string) =>
  splitLine(text)?.params.some(isQuotedPrintableParam) ?? false

/**
 * Physical lines joined into content lines: a line that starts with a
 * space or tab continues the one before (RFC 6350 §3.2), and in a 2.1
 * quoted-printable value a line ending in `=` continues on the next.
 */
export function unfold(text: string): ContentLine[] {
  const lines: ContentLine[] = []
  const physical = text.split(/\r*\n|\r/)
  for (let i = 0; i < physical.length; i++) {
    const raw = physical[i]
    const last = lines.at(-1)
    if (last && /^[ \t]/.test(raw)) {
      last.text += raw.slice(1)
      continue
    }
    const current = { text: raw, line: i + 1 }
    while (
      isQuotedPrintable(current.text) &&
      current.text.endsWith('=') &&
      i + 1 < physical.length
    ) {
      current.text = current.text.slice(0, -1) + physical[++i]
    }
    lines.push(current)
  }
  return lines.filter((l) => l.text.trim() !== '')
}

/** A quoted-printable value's bytes, read in the charset the card names. */
export function decodeQuotedPrintable(value: string, charset?: string) {
  const bytes: number[] = []
  for (let i = 0; i < value.length; i++) {
    const hex = value.slice(i + 1, i + 3)
    if (value[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16))
      i += 2
    } else {
      bytes.push(...Buffer.from(value[i], 'utf8'))
    }
  }
  const buffer = Buffer.from(bytes)
  if (charset && iconv.encodingExists(charset)) {
    return iconv.decode(buffer, charset)
  }
  return decodeFile(buffer).text
}
