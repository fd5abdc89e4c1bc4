import { shareWords } from '../model/share-words'

/** One side of a share's change: who, what they may do, until when. */
export function ShareValue({ value }: { value: unknown }) {
  const words = shareWords(value)
  if (!words) return <span className="audit-value muted">no one</span>
  return <span className="audit-value">{words}</span>
}
