import { contactCardUrl } from '../api/vcards'

interface ContactVcardProps {
  recordId: string
}

/** A contact page's links to its card, for phones and mail programs. */
export function ContactVcard({ recordId }: ContactVcardProps) {
  return (
    <section className="card vcard-links" aria-label="vCard">
      <h2 className="card-title">vCard</h2>
      <a className="button" href={contactCardUrl(recordId)} download>
        Download vCard
      </a>
      <a className="muted" href={contactCardUrl(recordId, '3.0')} download>
        vCard 3.0, for older programs
      </a>
    </section>
  )
}
