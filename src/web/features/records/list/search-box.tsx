import { useEffect, useState } from 'react'
import { useDebouncedValue } from '@/shared/ui/use-debounced-value'

interface SearchBoxProps {
  value: string
  onChange: (value: string) => void
  placeholder: string
}

export function SearchBox({ value, onChange, placeholder }: SearchBoxProps) {
  const [text, setText] = useState(value)
  const debounced = useDebouncedValue(text, 300)

  useEffect(() => {
    if (debounced.trim() !== value) onChange(debounced.trim())
  }, [debounced, value, onChange])

  return (
    <input
      className="search-input"
      type="search"
      name="q"
      aria-label="Search"
      placeholder={placeholder}
      value={text}
      onChange={(event) => setText(event.target.value)}
    />
  )
}
