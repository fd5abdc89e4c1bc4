/** The encodings a CSV file is read in, by their iconv-lite names. */
export type TextEncoding =
  | 'utf-8'
  | 'utf-16le'
  | 'utf-16be'
  | 'utf-32le'
  | 'utf-32be'
  | 'windows-1252'

export interface DetectedEncoding {
  encoding: TextEncoding
  /** Bytes of byte order mark to skip before decoding. */
  bomLength: number
}

const BOMS: [number[], TextEncoding][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0x00, 0x00, 0xfe, 0xff], 'utf-32be'],
  [[0xff, 0xfe, 0x00, 0x00], 'utf-32le'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
]

function startsWith(bytes: Uint8Array, prefix: number[]) {
  return prefix.every((b, i) => bytes[i] === b)
}

// Text in a wide encoding is mostly ASCII, so most of its zero bytes fall
// at the same offsets within each code unit. Some writers put a two-byte
// mark before UTF-32 text, so the pattern decides, not the mark alone.
function wideEncoding(bytes: Uint8Array): TextEncoding | undefined {
  const n = Math.min(bytes.length - (bytes.length % 4), 4096)
  if (n < 4) return undefined
  const zeros = [0, 0, 0, 0]
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros[i % 4] += 1
  const units = n / 4
  const mostly = (k: number) => zeros[k] >= units * 0.9
  const rarely = (k: number) => zeros[k] <= units * 0.1
  if (rarely(0) && mostly(1) && mostly(2) && mostly(3)) return 'utf-32le'
  if (mostly(0) && mostly(1) && mostly(2) && rarely(3)) return 'utf-32be'
  if (rarely(0) && mostly(1) && rarely(2) && mostly(3)) return 'utf-16le'
  if (mostly(0) && rarely(1) && mostly(2) && rarely(3)) return 'utf-16be'
  return undefined
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    // stream: a character cut at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true })
    return true
  } catch {
    return false
  }
}

/**
 * The encoding of a file from its first bytes: a byte order mark, the
 * pattern of zero bytes of UTF-16 and UTF-32, then UTF-8 when the sample
 * is valid UTF-8 and Windows-1252 when it is not.
 */
export function detectEncoding(sample: Uint8Array): DetectedEncoding {
  const bom = BOMS.find(([prefix]) => startsWith(sample, prefix))
  const bomLength = bom ? bom[0].length : 0
  const wide = wideEncoding(sample.subarray(bomLength))
  if (wide) return { encoding: wide, bomLength }
  if (bom) return { encoding: bom[1], bomLength }
  const encoding = isUtf8(sample) ? 'utf-8' : 'windows-1252'
  return { encoding, bomLength: 0 }
}
