import { useRef, useState } from 'react'
import type { QueryParams } from '@/app/api-client'
import type { RecordType } from '@/shared/api/record-types'
import { useClickOutside } from '@/shared/ui/use-click-outside'
import { type ExportFormat, useStartExport } from '../api/exports'
import { browserTimeZone, exportView } from '../model/export-view'
import { ExportProgress } from './export-progress'

interface ExportMenuProps {
  recordType: RecordType
  /** The list's query: its filter, search and sort. */
  query: QueryParams
  /** The list's columns, which the file holds after the record's name. */
  fields: string[]
}

/**
 * Exports the list as it is shown (filter, search, sort, columns) to a
 * CSV file or a workbook, made in the background with its progress.
 */
export function ExportMenu({ recordType, query, fields }: ExportMenuProps) {
  const [open, setOpen] = useState(false)
  const [exportId, setExportId] = useState<string | null>(null)
  const start = useStartExport()
  const ref = useRef<HTMLDivElement>(null)
  useClickOutside(ref, () => setOpen(false))
  if (!recordType.actions.includes('export')) return null

  const run = (format: ExportFormat) => {
    setOpen(false)
    start.mutate(
      {
        recordType: recordType.name,
        format,
        view: exportView(query, [recordType.titleField, ...fields]),
        timeZone: browserTimeZone(),
      },
      { onSuccess: (job) => setExportId(job.id) },
    )
  }

  return (
    <div className="export-menu" ref={ref}>
      <button
        type="button"
        className="button"
        aria-expanded={open}
        disabled={start.isPending}
        onClick={() => setOpen(!open)}
      >
        Export
      </button>
      {open && (
        <div className="export-choices" role="menu">
          <button type="button" role="menuitem" onClick={() => run('csv')}>
            CSV file
          </button>
          <button type="button" role="menuitem" onClick={() => run('xlsx')}>
            Excel workbook
          </button>
        </div>
      )}
      {start.error && (
        <span className="field-error" role="alert">
          {start.error.message}
        </span>
      )}
      {exportId && (
        <ExportProgress
          id={exportId}
          label={recordType.pluralLabel}
          onClose={() => setExportId(null)}
        />
      )}
    </div>
  )
}
