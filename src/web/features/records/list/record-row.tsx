import { Link, useNavigate } from 'react-router-dom'
import { errorMessage } from '@/app/api-error'
import { useToast } from '@/app/toast'
import type { RecordType } from '@/shared/api/record-types'
import { useWorkspaceCurrency } from '@/shared/api/session'
import type { CrmRecord } from '@/shared/api/types'
import { recordTitle } from '@/shared/format/record-title'
import { useRestoreRecord } from '../api/trash-record'
import type { Column } from './columns'
import { TableCell } from './table-cell'

interface RecordRowProps {
  recordType: RecordType
  columns: Column[]
  record: CrmRecord
  template: string
  top: number
  height: number
  trash: boolean
  selected?: boolean
  onSelect?: (on: boolean) => void
}

export function RecordRow(props: RecordRowProps) {
  const { recordType, record } = props
  const navigate = useNavigate()
  const currency = useWorkspaceCurrency()
  const restore = useRestoreRecord()
  const toast = useToast()
  const href = `/${recordType.plural}/${record.id}`
  const title = recordTitle(record, recordType.titleField)

  const onRestore = (event: React.MouseEvent) => {
    event.stopPropagation()
    restore.mutate(
      { plural: recordType.plural, id: record.id },
      {
        onSuccess: () => toast(`${title} restored`, 'success'),
        onError: (error) => toast(errorMessage(error), 'error'),
      },
    )
  }

  return (
    <tr
      className="table-row"
      data-testid="record-row"
      data-record-id={record.id}
      onClick={() => navigate(href)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target === event.currentTarget) {
          navigate(href)
        }
      }}
      style={{
        gridTemplateColumns: props.template,
        transform: `translateY(${props.top}px)`,
        height: props.height,
      }}
    >
      {props.onSelect && (
        <td className="cell cell-select">
          <input
            type="checkbox"
            aria-label={`Choose ${title}`}
            checked={props.selected ?? false}
            onClick={(event) => event.stopPropagation()}
            onChange={(event) => props.onSelect?.(event.target.checked)}
          />
        </td>
      )}
      <td className="cell cell-title" title={title}>
        <Link to={href} onClick={(event) => event.stopPropagation()}>
          {title}
        </Link>
      </td>
      {props.columns.map((column) => (
        <TableCell
          key={column.field.name}
          column={column}
          record={record}
          currency={currency}
        />
      ))}
      {props.trash && (
        <td className="cell cell-action">
          <button
            type="button"
            className="button button-small"
            disabled={restore.isPending}
            onClick={onRestore}
          >
            Restore
          </button>
        </td>
      )}
    </tr>
  )
}
