import { useCallback, useRef, useState } from 'react'
import { useClickOutside } from '@/shared/ui/use-click-outside'
import { useDebouncedValue } from '@/shared/ui/use-debounced-value'
import { SearchResults } from './search-results'

export function GlobalSearch() {
  const [text, setText] = useState('')
  const [open, setOpen] = useState(false)
  const q = useDebouncedValue(text.trim(), 300)
  const ref = useRef<HTMLDivElement>(null)
  useClickOutside(
    ref,
    useCallback(() => setOpen(false), []),
  )

  const close = () => {
    setOpen(false)
    setText('')
  }

  return (
    <div className="global-search" ref={ref}>
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
