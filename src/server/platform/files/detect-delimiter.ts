export type Delimiter = ',' | ';' | '\t'

const CANDIDATES: Delimiter[] = [',', ';', '\t']

/**
 * The delimiter of a CSV file from its first record (the header): the
 * candidate that occurs most often outside quotes; comma on a tie.
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<string, number>(CANDIDATES.map((d) => [d, 0]))
  let quoted = false
  for (const ch of text) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && (ch === '\n' || ch === '\r')) break
    else if (!quoted && counts.has(ch))
      counts.set(ch, (counts.get(ch) ?? 0) + 1)
  }
  let best: Delimiter = ','
  for (const d of CANDIDATES) {
    if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d
  }
  return best
}
