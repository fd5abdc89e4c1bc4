import type { ImportReport } from '../server/modules/imports/import-report.js'

/** The import report as a person reads it in a terminal. */
export function formatImportReport(report: ImportReport): string {
  const { workspace, pipeline } = report
  const lines = [
    `Workspace "${workspace.slug}" ${workspace.created ? 'created' : 'updated'}`,
    `Pipeline "${pipeline.name}"${pipeline.isDefault ? ' (default)' : ''}` +
      `${pipeline.created ? ', created' : ''}`,
  ]
  if (report.admin) {
    lines.push(`Administrator ${report.admin.email} (${report.admin.status})`)
  }
  lines.push('', 'Records            created  updated  skipped')
  for (const [kind, c] of Object.entries(report.counts)) {
    lines.push(
      `  ${kind.padEnd(19)}${pad(c.created)}${pad(c.updated)}${pad(c.skipped)}`,
    )
  }
  // Headings only over something: a re-import has little to tell.
  if (report.normalisations.length > 0) lines.push('', 'Normalisations')
  for (const n of report.normalisations) {
    lines.push(`  ${String(n.count).padStart(6)}  ${n.detail}`)
  }
  lines.push('', `Rejected rows: ${report.rejected.length}`)
  for (const r of report.rejected) {
    lines.push(`  ${r.file}:${r.line}  ${r.reason}`)
  }
  if (report.users.length > 0) lines.push('', 'Users (sign-in email)')
  for (const u of report.users) {
    lines.push(`  ${u.role.padEnd(8)} ${u.name.padEnd(20)} ${u.email}`)
  }
  lines.push('', `Done in ${(report.durationMs / 1000).toFixed(1)} s`)
  return lines.join('\n')
}

function pad(n: number): string {
  return String(n).padStart(9)
}
