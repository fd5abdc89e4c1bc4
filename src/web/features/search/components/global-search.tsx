import { useCallback, useEffect, useRef, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { useClickOutside } from '@/shared/ui/use-click-outside'
import { useDebouncedValue } from '@/shared/ui/use-debounced-value'
import { useSearchHits } from '../api/use-search-hits'
import { hitId, RESULTS_ID, SearchResults } from './search-results'

const STEP: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 }

export function GlobalSearch() {
  const [text, setText] = useState('')
  const [open, setOpen] = useState(false)
  // The highlight belongs to one query; new results start unhighlighted.
  const [cursor, setCursor] = useState({ q: '', index: -1 })
  const q = useDebouncedValue(text.trim(), 300)
  const { groups, hits, loading } = useSearchHits(q)
  const navigate = useNavigate()
  const ref = useRef<HTMLDivElement>(null)
  useClickOutside(
    ref,
    useCallback(() => setOpen(false), []),
  )

  const shown = open && q !== ''
  const active =
    cursor.q === q && cursor.index < hits.length ? cursor.index : -1

  useEffect(() => {
    if (active >= 0) {
      document.getElementById(hitId(active))?.scrollIntoView({
        block: 'nearest',
      })
    }
  }, [active])

  const close = () => {
    setOpen(false)
    setText('')
  }

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    const step = STEP[event.key]
    if (step && shown && hits.length > 0) {
      event.preventDefault()
      const index = (active + step + hits.length + 1) % (hits.length + 1)
      setCursor({ q, index: index === hits.length ? -1 : index })
    } else if (event.key === 'Enter' && shown) {
      const hit = hits[Math.max(active, 0)]
      if (!hit) return
      event.preventDefault()
      navigate(`/${hit.plural}/${hit.id}`)
      close()
    } else if (event.key === 'Escape') {
      // The first Escape closes the results, the next clears the text.
      event.preventDefault()
      if (shown) setOpen(false)
      else setText('')
    }
  }

  return (
    <div className="global-search" ref={ref}>
      <input
        type="search"
        name="global-search"
        role="combobox"
        aria-label="Search records"
        aria-expanded={shown}
        aria-controls={RESULTS_ID}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? hitId(active) : undefined}
        placeholder="Search accounts, contacts, deals, leads and more…"
        value={text}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
        onChange={(event) => {
          setText(event.target.value)
          setOpen(true)
        }}
      />
      {shown && (
        <SearchResults
          q={q}
          groups={groups}
          loading={loading}
          active={active}
          onPick={close}
        />
      )}
    </div>
  )
}
