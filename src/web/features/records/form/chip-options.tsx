/** A record the picker can show: its id and its title. */
export interface ChipOption {
  id: string
  title: string
}

interface ChipOptionsProps {
  id: string
  /** undefined while the matches load. */
  options: ChipOption[] | undefined
  active: number
  emptyNote: string
  onPick: (option: ChipOption) => void
}

export function optionId(listId: string, index: number): string {
  return `${listId}-${index}`
}

/**
 * The matches under a chip picker's box. A press keeps the focus in the
 * box, so one can go on typing and adding.
 */
export function ChipOptions(props: ChipOptionsProps) {
  const { id, options, active } = props

  return (
    <div id={id} className="picker-options" role="listbox">
      {!options && <p className="picker-note">Searching…</p>}
      {options?.length === 0 && (
        <p className="picker-note">{props.emptyNote}</p>
      )}
      <ul role="presentation">
        {options?.map((option, index) => (
          <li key={option.id} role="presentation">
            <button
              type="button"
              id={optionId(id, index)}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => props.onPick(option)}
            >
              {option.title}
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
