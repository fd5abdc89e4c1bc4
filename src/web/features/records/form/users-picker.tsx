import { useState } from 'react'
import { useUsers } from '@/shared/api/users'
import { ChipPicker } from './chip-picker'
import type { RefsInputProps } from './refs-input'

/** Chooses users; the workspace's users are few and already loaded. */
export function UsersPicker(props: RefsInputProps) {
  const { field, value } = props
  const [text, setText] = useState('')
  const users = useUsers().data
  const all = (users ?? []).map((user) => ({ id: user.id, title: user.name }))
  const titleOf = (id: string) => all.find((u) => u.id === id)?.title ?? '…'
  const needle = text.trim().toLowerCase()
  const options = all.filter((u) => u.title.toLowerCase().includes(needle))

  return (
    <ChipPicker
      id={`field-${field.name}`}
      name={field.name}
      label={field.label}
      chosen={value.map((id) => ({ id, title: titleOf(id) }))}
      options={users ? options : undefined}
      matchesFor={needle}
      text={text}
      onText={setText}
      onAdd={(option) => props.onChange([...value, option.id])}
      onRemove={(id) => props.onChange(value.filter((v) => v !== id))}
      placeholder="Add people…"
      emptyNote="No one found"
      invalid={props.invalid}
      errorId={props.errorId}
    />
  )
}
