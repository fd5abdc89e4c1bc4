import type { FieldMeta } from '@/shared/api/record-types'

interface ViewToggleProps {
  board: boolean
  onBoard: (board: boolean) => void
  fields: FieldMeta[]
  by: string
  onBy: (field: string) => void
}

/** Table or board; a board of a type with several choices picks one. */
export function ViewToggle(props: ViewToggleProps) {
  const { board, fields } = props
  const views = [
    { board: false, label: 'Table' },
    { board: true, label: 'Board' },
  ]

  return (
    <div className="view-toggle">
      {board && fields.length > 1 && (
        <label className="filter-field">
          <span>Columns by</span>
          <select
            name="by"
            value={props.by}
            onChange={(event) => props.onBy(event.target.value)}
          >
            {fields.map((field) => (
              <option key={field.name} value={field.name}>
                {field.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <fieldset className="segmented">
        <legend className="visually-hidden">View</legend>
        {views.map((view) => (
          <label
            key={view.label}
            className={board === view.board ? 'active' : ''}
          >
            <input
              type="radio"
              name="view"
              value={view.label}
              checked={board === view.board}
              onChange={() => props.onBoard(view.board)}
            />
            {view.label}
          </label>
        ))}
      </fieldset>
    </div>
  )
}
