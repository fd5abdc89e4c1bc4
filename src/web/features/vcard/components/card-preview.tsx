import { Link } from 'react-router-dom'
import type { CardOutcome, CardStatus } from '../api/vcards'

const STATUS_WORDS: Record<CardStatus, string> = {
  ready: 'Will be created',
  created: 'Created',
  duplicate: 'Duplicate',
  rejected: 'Rejected',
}

function nameOf(card: CardOutcome) {
  const c = card.contact
  return c ? [c.first_name, c.last_name].filter(Boolean).join(' ') : ''
}

function ContactLines({ card }: { card: CardOutcome }) {
  const c = card.contact ?? {}
  const phones = [c.phone, c.mobile_phone].filter(Boolean).join(' · ')
  return (
    <>
      <div>{nameOf(card) || '—'}</div>
      {c.email && <div className="muted vcard-email">{c.email}</div>}
      {phones && <div className="muted vcard-phone">{phones}</div>}
    </>
  )
}

function Outcome({ card }: { card: CardOutcome }) {
  if (card.status === 'rejected') return <span>{card.reason}</span>
  const dup = card.duplicateOf
  if (dup?.id) {
    return (
      <span>
        Same email as <Link to={`/contacts/${dup.id}`}>{dup.title}</Link>
      </span>
    )
  }
  if (dup) return <span>Same email as card {dup.card} of this file</span>
  if (card.id) return <Link to={`/contacts/${card.id}`}>Open contact</Link>
  return null
}

/** The file's cards, one row each: the contact it makes, or why not. */
export function CardPreview({ cards }: { cards: CardOutcome[] }) {
  return (
    <div className="vcard-preview">
      <table className="simple-table">
        <thead>
          <tr>
            <th>Card</th>
            <th>Contact</th>
            <th>Account</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {cards.map((card) => (
            <tr key={card.index} className={`vcard-${card.status}`}>
              <td title={`Line ${card.line}, vCard ${card.version ?? '?'}`}>
                {card.index}
              </td>
              <td>
                <ContactLines card={card} />
              </td>
              <td>
                {card.account?.name ?? ''}
                {card.account && !card.account.id && (
                  <span className="muted"> (not linked)</span>
                )}
              </td>
              <td className="vcard-outcome">
                <strong>{STATUS_WORDS[card.status]}</strong>{' '}
                <Outcome card={card} />
                {card.warnings.length > 0 && (
                  <ul className="vcard-warnings muted">
                    {card.warnings.map((w) => (
                      <li key={w}>{w}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
