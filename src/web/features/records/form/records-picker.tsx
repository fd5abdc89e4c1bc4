import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { RecordType } from '@/shared/api/record-types'
import { recordTitle } from '@/shared/format/record-title'
import { useDebouncedValue } from '@/shared/ui/use-debounced-value'
import { listRecords } from '../api/list-records'
import type { ChipOption } from './chip-options'
import { ChipPicker } from './chip-picker'
import { useKnownTitles } from './known-titles'
import { seedTitle, useRecordTitles } from './record-titles'
import type { RefsInputProps } from './refs-input'

/** Chooses records of one type by searching their titles. */
export function RecordsPicker(props: RefsInputProps & { type: RecordType }) {
  const { field, type, value } = props
  const [text, setText] = useState('')
  const [wanted, setWanted] = useState(false)
  const q = useDebouncedValue(text.trim(), 250)
  const client = useQueryClient()
  const chosen = useRecordTitles(type, value, useKnownTitles())
  const label = type.pluralLabel.toLowerCase()

  const found = useQuery({
    queryKey: ['records', type.plural, 'picker', q],
    queryFn: () => listRecords(type.plural, { q: q || undefined, limit: 8 }),
    enabled: wanted,
  })
  const options = found.data?.data.map((record) => ({
    id: record.id,
    title: recordTitle(record, type.titleField),
  }))

  // The title is known now; the chip must not ask the server for it.
  const add = (option: ChipOption) => {
    seedTitle(client, type.plural, option.id, option.title)
    props.onChange([...value, option.id])
  }

  return (
    <ChipPicker
      id={`field-${field.name}`}
      name={field.name}
      label={field.label}
      chosen={chosen}
      options={found.isPending ? undefined : (options ?? [])}
      matchesFor={q}
      text={text}
      onText={setText}
      onAdd={add}
      onRemove={(id) => props.onChange(value.filter((v) => v !== id))}
      onOpen={() => setWanted(true)}
      placeholder={`Add ${label}…`}
      emptyNote={`No ${label} found`}
      invalid={props.invalid}
      errorId={props.errorId}
    />
  )
}
