import { ABILITIES, type Ability } from '@/shared/api/roles'
import { ABILITY_LABELS } from '../model/grant-words'

interface AbilityChecksProps {
  value: Ability[]
  onChange?: (abilities: Ability[]) => void
}

/** What a role allows beyond records; read-only without `onChange`. */
export function AbilityChecks({ value, onChange }: AbilityChecksProps) {
  const toggle = (ability: Ability, on: boolean) =>
    onChange?.(
      on ? [...value, ability] : value.filter((held) => held !== ability),
    )

  return (
    <div className="option-checks" data-testid="role-abilities">
      {ABILITIES.map((ability) => (
        <label key={ability} className="inline-field">
          <input
            type="checkbox"
            name="abilities"
            value={ability}
            checked={value.includes(ability)}
            disabled={!onChange}
            onChange={(event) => toggle(ability, event.target.checked)}
          />
          {ABILITY_LABELS[ability]}
        </label>
      ))}
    </div>
  )
}
