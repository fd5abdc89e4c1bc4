import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router-dom'
import { ApiError } from '@/app/api-error'
import { getRecord } from '@/shared/api/get-record'
import { findStage, usePipelines } from '@/shared/api/pipelines'
import type { FieldMeta, RecordType } from '@/shared/api/record-types'
import { includeName, type RefTarget } from '@/shared/api/ref-target'
import type { CrmRecord } from '@/shared/api/types'
import { useUsers } from '@/shared/api/users'
import { recordTitle } from '@/shared/format/record-title'

interface RefValueProps {
  field: FieldMeta
  record: CrmRecord
  target: RefTarget
}

function embedded(record: CrmRecord, field: FieldMeta): CrmRecord | null {
  const value = record[includeName(field)]
  if (value && typeof value === 'object' && 'id' in value) {
    return value as CrmRecord
  }
  return null
}

export function RefValue({ field, record, target }: RefValueProps) {
  const id = record[field.name]
  if (typeof id !== 'string' || !id) return null

  return <RefLink target={target} id={id} embedded={embedded(record, field)} />
}

interface RefLinkProps {
  target: RefTarget
  id: string
  /** The record as include= embedded it; fetched when missing. */
  embedded: CrmRecord | null
}

/** One related record by its title: a link, or a user's or stage's name. */
export function RefLink({ target, id, embedded: related }: RefLinkProps) {
  if (target.kind === 'user') return <UserName id={id} embedded={related} />
  if (target.kind === 'stage' || target.kind === 'pipeline') {
    if (typeof related?.name === 'string') {
      return <span title={related.name}>{related.name}</span>
    }
    if (target.kind === 'stage') return <StageName id={id} />
    return <PipelineName id={id} />
  }
  if (target.kind === 'unknown') return <span>{id.slice(0, 8)}</span>

  return <RecordLink type={target.type} id={id} embedded={related} />
}

function UserName(props: { id: string; embedded: CrmRecord | null }) {
  const users = useUsers()
  const user = users.data?.find((candidate) => candidate.id === props.id)
  const name = props.embedded ? recordTitle(props.embedded) : user?.name
  return <span title={name}>{name ?? '…'}</span>
}

function StageName({ id }: { id: string }) {
  const pipelines = usePipelines()
  const name = findStage(pipelines.data, id)?.name
  return <span title={name}>{name ?? '…'}</span>
}

function PipelineName({ id }: { id: string }) {
  const pipelines = usePipelines()
  const pipeline = pipelines.data?.find((candidate) => candidate.id === id)
  return <span title={pipeline?.name}>{pipeline?.name ?? '…'}</span>
}

function RecordLink(props: {
  type: RecordType
  id: string
  embedded: CrmRecord | null
}) {
  const { type, id } = props
  const fetched = useQuery({
    queryKey: ['record', type.plural, id, ''],
    queryFn: () => getRecord(type.plural, id),
    enabled: !props.embedded,
    staleTime: 5 * 60_000,
  })
  const related = props.embedded ?? fetched.data
  const label = related ? recordTitle(related, type.titleField) : '…'
  // A record beyond the reader's roles answers 404 (or 403): name no
  // title, and offer no link to a page that would say the same.
  if (isOutOfReach(fetched.error)) {
    return (
      <span className="muted" data-testid="ref-hidden">
        Not visible to you
      </span>
    )
  }

  return (
    <Link
      className="ref-link"
      title={related ? label : undefined}
      to={`/${type.plural}/${id}`}
      onClick={(event) => event.stopPropagation()}
    >
      {label}
    </Link>
  )
}

function isOutOfReach(error: unknown): boolean {
  return error instanceof ApiError && [403, 404].includes(error.status)
}
