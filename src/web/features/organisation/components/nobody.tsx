/** The cell of a manager or region nobody was given. */
export function Nobody() {
  return <span className="muted">—</span>
}
