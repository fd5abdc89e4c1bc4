import { useCallback, useEffect, useRef } from 'react'
import type { NamedError } from './field-errors'

/** The input of a form field; every field input has the id field-<name>. */
export function focusField(form: HTMLFormElement | null, name: string) {
  const input = form?.querySelector<HTMLElement>(`[id="field-${name}"]`)
  if (!input) return false

  input.scrollIntoView({ block: 'center' })
  input.focus({ preventScroll: true })
  return true
}

/**
 * After each refused save, brings the first field with an error into view
 * and focuses it; without one, the banner at the top takes the focus.
 */
export function useErrorFocus(failure: unknown, errors: NamedError[]) {
  const formRef = useRef<HTMLFormElement>(null)
  const bannerRef = useRef<HTMLDivElement>(null)
  const firstField = errors[0]?.field

  useEffect(() => {
    if (!failure) return
    if (firstField && focusField(formRef.current, firstField)) return

    bannerRef.current?.scrollIntoView({ block: 'nearest' })
    bannerRef.current?.focus({ preventScroll: true })
  }, [failure, firstField])

  const pick = useCallback(
    (name: string) => focusField(formRef.current, name),
    [],
  )
  return { formRef, bannerRef, pick }
}
