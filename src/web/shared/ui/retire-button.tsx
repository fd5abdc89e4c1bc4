import { useState } from 'react'
import { errorMessage } from '@/app/api-error'
import { useToast } from '@/app/toast'

interface RetireButtonProps {
  name: string
  question: string
  retire: () => Promise<unknown>
}

/**
 * Retires after a confirm; a refusal (a region with teams, a team with
 * members) stays beside the button until the next try.
 */
export function RetireButton({ name, question, retire }: RetireButtonProps) {
  const [busy, setBusy] = useState(false)
  const [refusal, setRefusal] = useState<string | null>(null)
  const toast = useToast()

  const onClick = async () => {
    if (!window.confirm(question)) return
    setRefusal(null)
    setBusy(true)
    try {
      await retire()
      toast(`${name} retired`, 'success')
    } catch (error) {
      setRefusal(errorMessage(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <button
        type="button"
        className="button button-small button-danger"
        aria-label={`Retire ${name}`}
        disabled={busy}
        onClick={onClick}
      >
        Retire
      </button>
      {refusal && (
        <span className="field-error" role="alert">
          Not retired: {refusal}
        </span>
      )}
    </>
  )
}
