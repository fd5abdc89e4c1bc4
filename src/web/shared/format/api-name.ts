/**
 * A label as an API name the server accepts: lower-case letters, digits
 * and _, starting with a letter, at most 63 characters.
 */
export function toApiName(label: string): string {
  const words = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
  return words.slice(0, 63).replace(/_+$/, '')
}
