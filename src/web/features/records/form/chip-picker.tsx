import { useState } from 'react'
import { type ChipOption, ChipOptions, optionId } from './chip-options'

interface ChipPickerProps {
  /** The input's id and name; field-<name> lets errors focus it. */
  id: string
  name: string
  /** What the chosen records are, e.g. "Accounts", for the chips' buttons. */
  label: string
  chosen: ChipOption[]
  /** The matches for the text; undefined while they load. */
  options: ChipOption[] | undefined
  /** The text the matches answer; a new answer drops the highlight. */
  matchesFor: string
  text: string
  onText: (text: string) => void
  onAdd: (option: ChipOption) => void
  onRemove: (id: string) => void
  /** Called when the list first opens: matches may be fetched from then. */
  onOpen?: () => void
  placeholder: string
  emptyNote: string
  invalid: boolean
  errorId?: string
}

const STEP: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 }

// The highlight runs through the matches and back to none (-1): the box.
function stepIndex(current: number, step: number, count: number): number {
  const next = current + step
  if (next >= count) return -1
  if (next < -1) return count - 1
  return next
}

/**
 * Chosen records as removable chips and a search box that adds more.
 * Arrows move through the matches, Enter adds one, Escape closes the
 * list, and Backspace in an empty box removes the last chip.
 */
export function ChipPicker(props: ChipPickerProps) {
  const { id, chosen, options } = props
  const [open, setOpenState] = useState(false)
  // The highlight belongs to one answer, as the list may change under it.
  const [cursor, setCursor] = useState({ q: '', index: -1 })
  const active = cursor.q === props.matchesFor ? cursor.index : -1
  const setActive = (index: number) => setCursor({ q: props.matchesFor, index })
  const taken = new Set(chosen.map((option) => option.id))
  const matches = options?.filter((option) => !taken.has(option.id))
  const count = matches?.length ?? 0
  const current = active < count ? active : -1
  const listId = `${id}-options`
  const setOpen = (next: boolean) => {
    if (next) props.onOpen?.()
    setOpenState(next)
  }

  const add = (option: ChipOption) => {
    props.onAdd(option)
    props.onText('')
    setActive(-1)
  }

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    const step = STEP[event.key]
    const match = matches?.[current]
    if (step && count > 0) {
      event.preventDefault()
      setOpen(true)
      setActive(stepIndex(current, step, count))
    } else if (event.key === 'Enter' && open && match) {
      event.preventDefault()
      add(match)
    } else if (event.key === 'Escape' && open) {
      event.preventDefault()
      setOpen(false)
    } else if (event.key === 'Backspace' && !props.text) {
      const last = chosen.at(-1)
      if (last) props.onRemove(last.id)
    }
  }

  return (
    <div className="chip-picker" aria-invalid={props.invalid || undefined}>
      {chosen.length > 0 && (
        <ul className="chip-list" aria-label={`Chosen ${props.label}`}>
          {chosen.map((option) => (
            <li key={option.id} className="filter-chip" data-testid="ref-chip">
              {option.title}
              <button
                type="button"
                aria-label={`Remove ${option.title}`}
                onClick={() => props.onRemove(option.id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="picker">
        <input
          id={id}
          name={props.name}
          role="combobox"
          autoComplete="off"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={
            current >= 0 ? optionId(listId, current) : undefined
          }
          aria-invalid={props.invalid || undefined}
          aria-describedby={props.errorId}
          placeholder={props.placeholder}
          value={props.text}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          onChange={(event) => {
            props.onText(event.target.value)
            setActive(-1)
            setOpen(true)
          }}
        />
        {open && (
          <ChipOptions
            id={listId}
            options={matches}
            active={current}
            emptyNote={props.emptyNote}
            onPick={add}
          />
        )}
      </div>
    </div>
  )
}
