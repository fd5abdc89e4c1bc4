import { useState } from 'react'
import type { QueryParams } from '@/app/api-client'
import { listCardsUrl } from '../api/vcards'
import { listView } from '../model/list-view'
import { ImportVcardsDialog } from './import-vcards-dialog'

interface VcardListActionsProps {
  /** The contact list's query: its filter, search and sort. */
  query: QueryParams
  canExport: boolean
  canCreate: boolean
}

/** The contacts list's vCard actions: download the list, import a file. */
export function VcardListActions(props: VcardListActionsProps) {
  const [importing, setImporting] = useState(false)

  return (
    <>
      {props.canExport && (
        <a
          className="button"
          href={listCardsUrl(listView(props.query))}
          download
        >
          Download vCards
        </a>
      )}
      {props.canCreate && (
        <button
          type="button"
          className="button"
          onClick={() => setImporting(true)}
        >
          Import vCards
        </button>
      )}
      {importing && <ImportVcardsDialog onClose={() => setImporting(false)} />}
    </>
  )
}
