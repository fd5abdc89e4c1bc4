import type { CrmRecord } from '@/shared/api/types'
import { formatFieldValue } from '@/shared/format/format-value'
import { RefValue } from '@/shared/ui/ref-value'
import type { Column } from './columns'
import { isNumeric } from './numeric'

interface TableCellProps {
  column: Column
  record: CrmRecord
  currency: string
}

export function TableCell({ column, record, currency }: TableCellProps) {
  const { field, target } = column
  const numeric = isNumeric(field.type)
  const text = target ? undefined : formatFieldValue(field, record, currency)

  // A cut-off value is read in full from the tooltip; a ref's label sets
  // its own.
  return (
    <td
      className={numeric ? 'cell cell-number' : 'cell'}
      title={text || undefined}
    >
      {target ? (
        <RefValue field={field} record={record} target={target} />
      ) : (
        text
      )}
    </td>
  )
}
