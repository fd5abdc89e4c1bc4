import type { CrmRecord } from '@/shared/api/types'
import { formatFieldValue } from '@/shared/format/format-value'
import { refsText } from '@/shared/ui/refs-value'
import { RelationValue } from '@/shared/ui/relation-value'
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
  const many = field.type === 'refs' ? refsText(field, record) : undefined

  // A cut-off value is read in full from the tooltip; a ref's label sets
  // its own, and the titles of many go in the cell's.
  return (
    <td
      className={numeric ? 'cell cell-number' : 'cell'}
      title={text || many || undefined}
    >
      {target ? (
        <RelationValue field={field} record={record} target={target} />
      ) : (
        text
      )}
    </td>
  )
}
