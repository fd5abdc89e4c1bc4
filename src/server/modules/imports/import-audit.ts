import { type AuditEntry, type Changes, diff } from '../audit/write-audit.js'

/** The audit reason code of every change an import makes. */
export const IMPORT_REASON = 'import'

export function createdEntry(
  recordType: string,
  row: Record<string, unknown>,
  fields: string[],
): AuditEntry {
  return {
    recordType,
    recordId: row.id as string,
    action: 'create',
    changes: diff(
      {},
      row,
      fields.filter((f) => f !== 'id'),
    ),
    reasonCode: IMPORT_REASON,
  }
}

export function updatedEntry(
  recordType: string,
  recordId: string,
  changes: Changes,
): AuditEntry {
  return {
    recordType,
    recordId,
    action: 'update',
    changes,
    reasonCode: IMPORT_REASON,
  }
}
