import { useState } from 'react'
import { Modal } from '@/shared/ui/modal'
import {
  useCommitVcards,
  usePreviewVcards,
  type VcardImport,
} from '../api/vcards'
import { CardPreview } from './card-preview'

function Summary({ result, done }: { result: VcardImport; done: boolean }) {
  const { ready, created, duplicate, rejected } = result.summary
  return (
    <p className="vcard-summary" role="status">
      {done ? `${created} created` : `${ready} to create`}
      {` · ${duplicate} duplicate · ${rejected} rejected`}
    </p>
  )
}

/**
 * Uploads a .vcf file, shows each card as the contact it would create
 * (or why it would not), and on confirmation creates them all at once.
 */
export function ImportVcardsDialog({ onClose }: { onClose: () => void }) {
  const [file, setFile] = useState<File | null>(null)
  const preview = usePreviewVcards()
  const commit = useCommitVcards()
  const result = commit.data ?? preview.data
  const error = commit.error ?? preview.error

  const choose = (chosen: File | undefined) => {
    if (!chosen) return
    setFile(chosen)
    commit.reset()
    preview.mutate(chosen)
  }

  return (
    <Modal title="Import vCards" onClose={onClose} wide>
      <label className="field">
        <span>A .vcf file from a phone, mail or address-book program</span>
        <input
          type="file"
          accept=".vcf,text/vcard,text/x-vcard"
          onChange={(event) => choose(event.target.files?.[0])}
        />
      </label>
      {preview.isPending && <p className="muted">Reading the cards…</p>}
      {error && (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      )}
      {result && <Summary result={result} done={Boolean(commit.data)} />}
      {result && <CardPreview cards={result.cards} />}
      <footer className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          {commit.data ? 'Close' : 'Cancel'}
        </button>
        {!commit.data && (
          <button
            type="button"
            className="button button-primary"
            disabled={!file || !preview.data?.summary.ready || commit.isPending}
            onClick={() => file && commit.mutate(file)}
          >
            Import {preview.data?.summary.ready ?? 0} contacts
          </button>
        )}
      </footer>
    </Modal>
  )
}
