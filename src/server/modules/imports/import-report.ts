// What an import did, told so a person can check it against the source:
// counts per record type, every value it changed on the way in, and every
// row it refused with the reason.

export const RECORD_KINDS = [
  'region',
  'team',
  'user',
  'account',
  'product',
  'opportunity',
  'opportunity_product',
] as const

export type RecordKind = (typeof RECORD_KINDS)[number]

export interface Counts {
  created: number
  updated: number
  skipped: number
}

export interface Normalisation {
  code: string
  detail: string
  count: number
}

export interface RejectedRow {
  file: string
  line: number
  reason: string
}

export interface ImportedUser {
  name: string
  email: string
  role: 'manager' | 'agent'
}

export interface ImportReport {
  workspace: { slug: string; tenantId: string; created: boolean }
  admin?: { email: string; status: 'active' | 'invited' }
  pipeline: { id: string; name: string; isDefault: boolean; created: boolean }
  counts: Record<RecordKind, Counts>
  normalisations: Normalisation[]
  rejected: RejectedRow[]
  users: ImportedUser[]
  durationMs: number
}

/** Collects the report while the import runs. */
export class ReportBuilder {
  readonly counts = Object.fromEntries(
    RECORD_KINDS.map((k) => [k, { created: 0, updated: 0, skipped: 0 }]),
  ) as Record<RecordKind, Counts>
  readonly rejected: RejectedRow[] = []
  readonly users: ImportedUser[] = []
  readonly #notes = new Map<string, Normalisation>()

  count(kind: RecordKind, outcome: keyof Counts, n = 1) {
    this.counts[kind][outcome] += n
  }

  note(code: string, detail: string) {
    const key = `${code}\u0000${detail}`
    const entry = this.#notes.get(key) ?? { code, detail, count: 0 }
    entry.count += 1
    this.#notes.set(key, entry)
  }

  reject(file: string, line: number, reason: string) {
    this.rejected.push({ file, line, reason })
  }

  get normalisations(): Normalisation[] {
    return [...this.#notes.values()]
  }
}
