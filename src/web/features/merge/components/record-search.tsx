import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { api } from '@/app/api-client'
import type { RecordType } from '@/shared/api/record-types'
import type { ListResponse } from '@/shared/api/types'
import { recordTitle } from '@/shared/format/record-title'
import { useDebouncedValue } from '@/shared/ui/use-debounced-value'

interface RecordSearchProps {
  type: RecordType
  /** Records already in the merge, not offered again. */
  exclude: string[]
  label: string
  onPick: (id: string) => void
}

/** Finds another record of the same type by what its title starts with. */
export function RecordSearch({
  type,
  exclude,
  label,
  onPick,
}: RecordSearchProps) {
  const [text, setText] = useState('')
  const q = useDebouncedValue(text, 250)
  const found = useQuery({
    queryKey: ['records', type.plural, 'merge-search', q],
    queryFn: () =>
      api<ListResponse>(`/${type.plural}`, {
        query: { q: q || undefined, limit: 8 },
      }),
  })
  const options = (found.data?.data ?? []).filter(
    (r) => !exclude.includes(r.id),
  )

  return (
    <div className="merge-search">
      <input
        type="search"
        aria-label={label}
        placeholder={`Search ${type.pluralLabel.toLowerCase()}…`}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <ul className="merge-search-results">
        {found.isPending && <li className="muted">Searching…</li>}
        {found.data && options.length === 0 && (
          <li className="muted">No other {type.pluralLabel.toLowerCase()}</li>
        )}
        {options.map((record) => (
          <li key={record.id}>
            <button
              type="button"
              className="button button-small"
              onClick={() => onPick(record.id)}
            >
              {recordTitle(record, type.titleField)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
