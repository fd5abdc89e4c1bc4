import { useMemo, useState } from 'react'
import { ApiError, errorMessage } from '@/app/api-error'
import { type Pipeline, usePipelines } from '@/shared/api/pipelines'
import type { RecordType } from '@/shared/api/record-types'
import { useRecordTypes } from '@/shared/api/record-types'
import { useCurrentUser } from '@/shared/api/session'
import type { CrmRecord } from '@/shared/api/types'
import { DuplicateWarning } from '@/shared/ui/duplicate-warning'
import { useSaveRecord } from '../api/save-record'
import { namedErrors } from './field-errors'
import { FormField } from './form-field'
import {
  editableFields,
  type FormValue,
  type FormValues,
  initialValues,
  payload,
} from './form-values'
import { KnownTitlesProvider, knownTitles } from './known-titles'
import { emptyLabel } from './server-defaults'
import { TopErrors } from './top-errors'
import { useErrorFocus } from './use-error-focus'

interface RecordFormProps {
  recordType: RecordType
  record?: CrmRecord
  defaults?: FormValues
  onSaved: (record: CrmRecord) => void
  onCancel: () => void
}

export function RecordForm(props: RecordFormProps) {
  const { recordType, record } = props
  const types = useRecordTypes().data ?? []
  const pipelines = usePipelines().data
  const fields = useMemo(
    () => editableFields(recordType.fields),
    [recordType.fields],
  )
  const initial = useMemo(() => initialValues(fields, record), [fields, record])
  const titles = useMemo(() => knownTitles(record, fields), [record, fields])
  const [values, setValues] = useState<FormValues>(() => ({
    ...initial,
    ...(record ? {} : props.defaults),
  }))
  const save = useSaveRecord()
  const user = useCurrentUser()
  const problem = save.error instanceof ApiError ? save.error : null
  const errors = namedErrors(problem, fields, recordType.fields)
  const focus = useErrorFocus(save.error, errors)
  const names = new Set(fields.map((field) => field.name))
  const errorOf = (name: string) =>
    errors.find((error) => error.field === name)?.message

  const setValue = (name: string, value: FormValue) => {
    const next = { ...values, [name]: value }
    const pipelineId = findStagePipeline(pipelines, value)
    if (name === 'stage_id' && names.has('pipeline_id') && pipelineId) {
      next.pipeline_id = pipelineId
    }
    setValues(next)
  }

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const changes = payload(fields, values, record ? initial : null)
    if (record && Object.keys(changes).length === 0) {
      props.onCancel()
      return
    }
    save.mutate(
      { plural: recordType.plural, id: record?.id, changes },
      { onSuccess: props.onSaved },
    )
  }

  return (
    <form
      ref={focus.formRef}
      className="record-form"
      onSubmit={submit}
      noValidate
    >
      {save.error && (
        <TopErrors
          ref={focus.bannerRef}
          errors={errors}
          fallback={problem?.detail || errorMessage(save.error)}
          shown={names}
          onPick={focus.pick}
        />
      )}
      <KnownTitlesProvider value={titles}>
        <div className="form-grid">
          {fields.map((field) => (
            <FormField
              key={field.name}
              field={field}
              value={values[field.name] ?? ''}
              onChange={(value) => setValue(field.name, value)}
              types={types}
              error={errorOf(field.name)}
              emptyLabel={emptyLabel(field, !record, user)}
            />
          ))}
        </div>
      </KnownTitlesProvider>
      <DuplicateWarning
        recordType={recordType.name}
        plural={recordType.plural}
        values={values}
        recordId={record?.id}
      />
      <footer className="form-actions">
        <button type="button" className="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button
          type="submit"
          className="button button-primary"
          disabled={save.isPending}
        >
          {save.isPending
            ? 'Saving…'
            : record
              ? 'Save'
              : `Create ${recordType.label}`}
        </button>
      </footer>
    </form>
  )
}

function findStagePipeline(
  pipelines: Pipeline[] | undefined,
  stageId: FormValue,
): string | undefined {
  return pipelines?.find((pipeline) =>
    pipeline.stages.some((stage) => stage.id === stageId),
  )?.id
}
