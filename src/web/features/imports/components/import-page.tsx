import { useState } from 'react'
import { type RecordType, useRecordTypes } from '@/shared/api/record-types'
import { useAbility } from '@/shared/api/session'
import { ErrorState } from '@/shared/ui/states'
import {
  type Import,
  useImport,
  useImportAction,
  usePreviewImport,
  useUploadImport,
} from '../api/imports'
import { DatasetImport } from './dataset-import'
import { ImportProgress } from './import-progress'
import { MappingForm } from './mapping-form'
import { PreviewTable } from './preview-table'

const importable = (t: RecordType) =>
  t.actions.includes('import') && t.actions.includes('create')

/** The import wizard: a file, its columns, the preview, the commit. */
export function ImportPage() {
  const types = (useRecordTypes().data ?? []).filter(importable)
  const [typeName, setTypeName] = useState('')
  const upload = useUploadImport()
  const [uploaded, setUploaded] = useState<Import | undefined>()
  const type = types.find((t) => t.name === (uploaded?.recordType ?? typeName))
  // The data set makes users, teams and a pipeline: for administrators.
  const managesUsers = useAbility('manage_users')
  const managesSettings = useAbility('manage_settings')

  return (
    <div className="page import-page">
      <h1>Import</h1>
      {!uploaded && (
        <form
          className="card"
          onSubmit={(event) => {
            event.preventDefault()
            const input = new FormData(event.currentTarget).get('file')
            if (!(input instanceof File) || !typeName) return
            upload.mutate(
              { recordType: typeName, file: input },
              { onSuccess: setUploaded },
            )
          }}
        >
          <label className="field">
            <span>Import into</span>
            <select
              value={typeName}
              onChange={(e) => setTypeName(e.target.value)}
              required
            >
              <option value="">Choose…</option>
              {types.map((t) => (
                <option key={t.name} value={t.name}>
                  {t.pluralLabel}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>CSV file or Excel workbook</span>
            <input
              type="file"
              name="file"
              accept=".csv,.tsv,.txt,.xlsx"
              required
            />
          </label>
          {upload.error && <ErrorState error={upload.error} />}
          <button
            type="submit"
            className="button button-primary"
            disabled={upload.isPending}
          >
            {upload.isPending ? 'Reading the file…' : 'Upload'}
          </button>
        </form>
      )}
      {uploaded && type && <ImportSteps initial={uploaded} type={type} />}
      {!uploaded && managesUsers && managesSettings && <DatasetImport />}
    </div>
  )
}

function ImportSteps({ initial, type }: { initial: Import; type: RecordType }) {
  const query = useImport(initial.id, initial)
  const view = query.data
  const preview = usePreviewImport(view.id)
  const commit = useImportAction(view.id, 'commit')
  const refresh = () => query.refetch()
  const reviewing = view.status === 'uploaded' || view.status === 'previewed'
  const writing = !reviewing && view.status !== 'previewing'

  return (
    <>
      {reviewing && (
        <MappingForm
          view={view}
          type={type}
          busy={preview.isPending}
          error={view.error}
          onPreview={(input) => preview.mutate(input, { onSuccess: refresh })}
        />
      )}
      {preview.error && <ErrorState error={preview.error} />}
      {view.status === 'previewing' && (
        <p className="card" role="status">
          Checking every row…
        </p>
      )}
      {view.revision > 0 && view.status !== 'previewing' && (
        <PreviewTable view={view} type={type} />
      )}
      {view.status === 'previewed' && (
        <button
          type="button"
          className="button button-primary"
          disabled={commit.isPending || view.readyCount === 0}
          onClick={() =>
            commit.mutate({ revision: view.revision }, { onSuccess: refresh })
          }
        >
          Import {view.readyCount.toLocaleString()} rows
        </button>
      )}
      {commit.error && <ErrorState error={commit.error} />}
      {writing && <ImportProgress view={view} onChange={refresh} />}
    </>
  )
}
