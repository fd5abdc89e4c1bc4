import { Link } from 'react-router-dom'
import { findRecordType, useRecordTypes } from '@/shared/api/record-types'
import { recordTitle } from '@/shared/format/record-title'
import { SEARCHED, useGlobalSearch } from '../api/search-records'

interface SearchResultsProps {
  q: string
  onPick: () => void
}

export function SearchResults({ q, onPick }: SearchResultsProps) {
  const types = useRecordTypes().data
  const results = useGlobalSearch(q)
  const loading = results.some((result) => result.isPending)
  const total = results.reduce((n, r) => n + (r.data?.data.length ?? 0), 0)

  return (
    <div className="search-results" data-testid="search-results">
      {SEARCHED.map((plural, index) => {
        const rows = results[index]?.data?.data ?? []
        const type = findRecordType(types, plural)
        if (rows.length === 0) return null
        return (
          <section key={plural} className="search-group">
            <h3>{type?.pluralLabel ?? plural}</h3>
            <ul>
              {rows.map((record) => (
                <li key={record.id}>
                  <Link to={`/${plural}/${record.id}`} onClick={onPick}>
                    {recordTitle(record, type?.titleField)}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )
      })}
      {loading && total === 0 && <p className="search-note">Searching…</p>}
      {!loading && total === 0 && (
        <p className="search-note">Nothing matches “{q}”.</p>
      )}
    </div>
  )
}
