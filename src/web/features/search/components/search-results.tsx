import { Link } from 'react-router-dom'
import type { SearchGroup, SearchHit } from '../api/use-search-hits'

export const RESULTS_ID = 'global-search-results'

export function hitId(index: number): string {
  return `global-search-hit-${index}`
}

interface SearchResultsProps {
  q: string
  groups: SearchGroup[]
  loading: boolean
  /** The index of the highlighted hit across all groups, or -1. */
  active: number
  onPick: () => void
}

export function SearchResults(props: SearchResultsProps) {
  const { q, groups, loading, active } = props
  const flat: SearchHit[] = groups.flatMap((group) => group.hits)

  return (
    <div
      className="search-results"
      data-testid="search-results"
      id={RESULTS_ID}
      role="listbox"
      aria-label="Search results"
    >
      {groups.map((group) => (
        <section key={group.plural} className="search-group">
          <h3>{group.label}</h3>
          <ul role="presentation">
            {group.hits.map((hit) => {
              const index = flat.indexOf(hit)
              return (
                <li key={hit.id} role="presentation">
                  <Link
                    id={hitId(index)}
                    role="option"
                    aria-selected={index === active}
                    className={index === active ? 'active' : undefined}
                    to={`/${hit.plural}/${hit.id}`}
                    tabIndex={-1}
                    onClick={props.onPick}
                  >
                    {hit.title}
                  </Link>
                </li>
              )
            })}
          </ul>
        </section>
      ))}
      {loading && flat.length === 0 && (
        <p className="search-note">Searching…</p>
      )}
      {!loading && flat.length === 0 && (
        <p className="search-note">Nothing matches “{q}”.</p>
      )}
    </div>
  )
}
