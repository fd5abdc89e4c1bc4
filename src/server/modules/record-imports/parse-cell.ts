import type { FieldDescriptor } from '../../../shared/record-type.js'
import type { ValueFormat } from './import-settings.js'

// A cell of a file is text; the record layer takes typed values. Each
// parser returns the value the record layer is given, or a Rejection
// saying why the text is not such a value. Validation proper (ranges,
// required, options) stays with the record layer.

export class Rejection {
  constructor(readonly message: string) {}
}

// English words, and the yes and no of German, French and Spanish exports.
const TRUE = new Set([
  'true',
  'yes',
  'y',
  '1',
  't',
  'on',
  'x',
  'ja',
  'oui',
  'sí',
  'si',
])
const FALSE = new Set(['false', 'no', 'n', '0', 'f', 'off', 'nein', 'non'])

function parseBoolean(text: string) {
  const word = text.toLowerCase()
  if (TRUE.has(word)) return true
  if (FALSE.has(word)) return false
  return new Rejection('Use true or false (yes/no, 1/0)')
}

/** A number in the file's notation as plain decimal text. */
export function parseDecimal(text: string, mark: '.' | ',') {
  const group = mark === ',' ? /[.\s\u00a0\u202f']/g : /[,\s\u00a0\u202f']/g
  let plain = text.replace(group, '')
  if (mark === ',') plain = plain.replace(',', '.')
  if (/^[+-]?\d+(\.\d+)?$/.test(plain)) return plain.replace(/^\+/, '')
  return new Rejection(
    mark === ',' ? 'Not a number like 1.234,56' : 'Not a number like 1,234.56',
  )
}

function parseInteger(text: string, mark: '.' | ',') {
  const plain = parseDecimal(text.replace(/%$/, ''), mark)
  if (plain instanceof Rejection) return plain
  if (!/^-?\d+(\.0+)?$/.test(plain)) return new Rejection('Use a whole number')
  return Number(plain.split('.')[0])
}

const pad = (n: string) => n.padStart(2, '0')

function isCalendarDate(y: number, m: number, d: number) {
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

const ORDER_WORDS = { mdy: 'MM/DD/YYYY', dmy: 'DD/MM/YYYY', ymd: 'YYYY/MM/DD' }

/** A calendar date as YYYY-MM-DD, from ISO or the file's day order. */
export function parseDate(text: string, order: ValueFormat['dateOrder']) {
  let parts: string[] | undefined
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text)
  const other = /^(\d{1,4})[/.](\d{1,2})[/.](\d{1,4})$/.exec(text)
  if (iso) parts = [iso[1], iso[2], iso[3]]
  else if (other) {
    const [, a, b, c] = other
    parts =
      order === 'mdy' ? [c, a, b] : order === 'dmy' ? [c, b, a] : [a, b, c]
  }
  const problem = `Use a date like 2027-03-31 or ${ORDER_WORDS[order]}`
  if (!parts) return new Rejection(problem)
  if (parts[0].length !== 4) return new Rejection(problem)
  const [y, m, d] = parts.map(Number)
  if (!isCalendarDate(y, m, d)) return new Rejection('There is no such date')
  return `${parts[0]}-${pad(parts[1])}-${pad(parts[2])}`
}

/**
 * An instant as ISO 8601: the date in ISO or the file's order, a time, and
 * an offset (Z, +08:00 or +0800). A time without an offset is refused:
 * the file does not say where it was read.
 */
export function parseDatetime(text: string, order: ValueFormat['dateOrder']) {
  const m =
    /^(\S+?)[T ](\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(
      text,
    )
  if (!m) return new Rejection('Use a date and time like 2027-03-31T14:30Z')
  const date = parseDate(m[1], order)
  if (date instanceof Rejection) return date
  if (!m[6]) return new Rejection('Add an offset from UTC, e.g. Z or +01:00')
  const offset =
    m[6].toUpperCase() === 'Z' ? 'Z' : `${m[6].slice(0, 3)}:${m[6].slice(-2)}`
  const seconds = m[4] ?? '00'
  return `${date}T${pad(m[2])}:${m[3]}:${seconds}${m[5] ?? ''}${offset}`
}

function parseChoice(f: FieldDescriptor, text: string) {
  const lower = text.toLowerCase()
  const option = (f.options ?? []).find(
    (o) => o.value.toLowerCase() === lower || o.label.toLowerCase() === lower,
  )
  // An unknown choice goes on as written, for the record layer to name
  // the options.
  return option ? option.value : text
}

function split(text: string) {
  return text
    .split(/[;|]/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
}

/**
 * The value a cell gives a field, or a Rejection. An empty cell gives
 * undefined: the field is left out, so a default applies on create and
 * the stored value stays on update.
 */
export function parseCell(
  f: FieldDescriptor,
  cell: string,
  format: ValueFormat,
): unknown {
  const text = cell.trim()
  if (text === '') return undefined
  if (text.includes('\ufffd')) {
    return new Rejection('Contains bytes that are not text in this encoding')
  }
  switch (f.type) {
    case 'boolean':
      return parseBoolean(text)
    case 'integer':
    case 'percent':
      return parseInteger(text, format.decimalMark)
    case 'decimal':
    case 'money':
      return parseDecimal(text, format.decimalMark)
    case 'date':
      return parseDate(text, format.dateOrder)
    case 'datetime':
      return parseDatetime(text, format.dateOrder)
    case 'enum':
      return parseChoice(f, text)
    case 'multiselect':
      return split(text).map((part) => parseChoice(f, part))
    case 'refs':
      return split(text)
    default:
      return text
  }
}
