import { useState } from 'react'
import { useDebouncedValue } from '@/shared/ui/use-debounced-value'
import { SearchResults } from './search-results'

export function GlobalSearch() {
  const [text, setText] = useState('')
  const [open, setOpen] = useState(false)
  const q = useDebouncedValue(text.trim(), 300)

  const close = () => {
    setOpen(false)
    setText('')
  }

  return (
    <div
      className="global-search"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node)) {
          setOpen(false)
        }
      }}
    >
      <input
        type="search"
        name="global-search"
        aria-label="Search accounts, contacts, opportunities and leads"
        placeholder="Search accounts, contacts, deals, leads…"
        value={text}
        onFocus={() => setOpen(true)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') close()
        }}
        onChange={(event) => {
          setText(event.target.value)
          setOpen(true)
        }}
      />
      {open && q && <SearchResults q={q} onPick={close} />}
    </div>
  )
}
