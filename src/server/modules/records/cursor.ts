import { AppError } from '../../platform/http/errors.js'

/** A keyset position: the sort value and id of the last row of a page. */
export interface Cursor {
  value: unknown
  id: string
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id])).toString(
    'base64url',
  )
}

export function decodeCursor(text: string): Cursor {
  try {
    const [value, id] = JSON.parse(Buffer.from(text, 'base64url').toString())
    if (typeof id !== 'string') throw new Error('no id')
    return { value, id }
  } catch {
    throw new AppError('bad_request', { detail: 'The cursor is not valid' })
  }
}
