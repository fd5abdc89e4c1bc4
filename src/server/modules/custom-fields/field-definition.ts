import type {
  ComputedSpec,
  FieldDescriptor,
  FieldType,
  RollupSpec,
} from '../../../shared/record-type.js'
import type { Tx } from '../../platform/db/tenant-transaction.js'
import { fieldError } from '../../platform/http/errors.js'
import type { Actor } from '../access/actor.js'
import { findWorkspaceType } from '../custom-objects/workspace-types.js'
import { bindFormula } from '../records/formula-sql.js'
import type { RecordType } from '../records/record-type.js'
import { valueSchema } from '../records/value-schema.js'
import { type CustomFieldInput, hasOptions } from './custom-field-input.js'
import { FormulaError } from './formula.js'

const NUMBERS: FieldType[] = ['integer', 'decimal', 'money', 'percent']
const ORDERED: FieldType[] = [...NUMBERS, 'date', 'datetime']
const PATTERNED: FieldType[] = ['text', 'phone', 'email']
const COMPUTED = ['rollup', 'formula']
const NEVER_UNIQUE = ['longtext', 'boolean', 'multiselect', 'refs', ...COMPUTED]
// Instants are written with any offset, so their text does not compare.
const NEVER_INDEXED = ['longtext', 'datetime', ...COMPUTED]
// Join records are reached through their parents, never pointed at.
const NOT_TARGETS = new Set(['account_contact', 'opportunity_product'])

/** How a computed field is stored: its spec and the type of its result. */
export type StoredComputed = ComputedSpec & { type: FieldType }

export interface FieldDefinition {
  input: CustomFieldInput
  computed: StoredComputed | null
  descriptor: FieldDescriptor
}

function refuse(field: string, message: string): never {
  throw fieldError(field, message)
}

async function checkRef(tx: Tx, actor: Actor, input: CustomFieldInput) {
  if (!input.ref) refuse('ref', 'Choose the record type it points at')
  if (input.type === 'ref' && !input.name.endsWith('_id')) {
    refuse('name', 'A relation is named with _id at the end, e.g. account_id')
  }
  if (input.type === 'refs' && !input.name.endsWith('_ids')) {
    refuse('name', 'A relation to many is named with _ids at the end')
  }
  if (input.ref === 'user' || NOT_TARGETS.has(input.ref)) {
    if (input.ref === 'user') return
    refuse('ref', `Records cannot point at a ${input.ref}`)
  }
  if (!(await findWorkspaceType(tx, actor, input.ref))) {
    refuse('ref', `No record type "${input.ref}"`)
  }
}

async function checkRollup(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  input: CustomFieldInput,
): Promise<StoredComputed> {
  const spec = input.rollup ?? refuse('rollup', 'Say what the rollup sums up')
  const child = await findWorkspaceType(tx, actor, spec.object)
  if (!child) refuse('rollup.object', `No record type "${spec.object}"`)
  const via = child.fields.find((f) => f.name === spec.via)
  const viaMany = via?.type === 'refs'
  if ((via?.type !== 'ref' && !viaMany) || via.ref !== type.name) {
    refuse(
      'rollup.via',
      `${child.labelPlural} have no field pointing at ${type.labelPlural.toLowerCase()} named "${spec.via}"`,
    )
  }
  if (spec.fn === 'count') {
    return {
      kind: 'rollup',
      ...spec,
      viaMany,
      field: undefined,
      type: 'integer',
    }
  }
  const field = child.fields.find((f) => f.name === spec.field && !f.computed)
  const allowed = spec.fn === 'sum' ? NUMBERS : ORDERED
  if (!field || !allowed.includes(field.type)) {
    refuse(
      'rollup.field',
      spec.fn === 'sum'
        ? 'Choose a number or amount field to sum'
        : 'Choose a number, amount or date field',
    )
  }
  return { kind: 'rollup', ...spec, viaMany, type: field.type }
}

function checkOptions(input: CustomFieldInput, type: FieldType) {
  const numeric = NUMBERS.includes(type)
  if ((input.min !== undefined || input.max !== undefined) && !numeric) {
    refuse('min', 'Only number fields take a smallest or largest value')
  }
  if (input.pattern !== undefined && !PATTERNED.includes(type)) {
    refuse('pattern', 'Only text, phone and email fields take a pattern')
  }
  if (input.unique && NEVER_UNIQUE.includes(input.type)) {
    refuse('unique', 'This kind of field cannot be unique')
  }
  if (input.indexed && NEVER_INDEXED.includes(input.type)) {
    refuse('indexed', 'This kind of field cannot be indexed')
  }
}

/** Checks a new field against its record type; refuses with a reason. */
export async function defineField(
  tx: Tx,
  actor: Actor,
  type: RecordType,
  input: CustomFieldInput,
): Promise<FieldDefinition> {
  if (hasOptions(input.type) && input.options.length === 0) {
    refuse('options', 'A choice field needs at least one option')
  }
  const values = input.options.map((o) => o.value)
  if (new Set(values).size !== values.length) {
    refuse('options', 'Option values must differ')
  }
  if (values.some((v) => v.includes(','))) {
    refuse('options', 'Option values cannot contain a comma')
  }
  if (input.min !== undefined && input.max !== undefined) {
    if (input.min > input.max) {
      refuse('max', 'The largest value must not be below the smallest')
    }
  }
  const relation = input.type === 'ref' || input.type === 'refs'
  if (relation) await checkRef(tx, actor, input)
  const computed =
    input.type === 'rollup'
      ? await checkRollup(tx, actor, type, input)
      : input.type === 'formula'
        ? checkFormula(type, input)
        : null
  const valueType = computed?.type ?? (input.type as FieldType)
  checkOptions(input, valueType)
  if (computed && (input.required || input.defaultValue !== undefined)) {
    refuse('required', 'A computed field is never filled in')
  }
  const descriptor = toDescriptor({
    ...input,
    type: valueType,
    ref: relation ? input.ref : undefined,
    computed,
  })
  if (input.defaultValue !== undefined && input.defaultValue !== null) {
    const parsed = valueSchema(descriptor).safeParse(input.defaultValue)
    if (!parsed.success) {
      refuse('defaultValue', parsed.error.issues[0].message)
    }
    descriptor.defaultValue = parsed.data
  }
  return { input, computed, descriptor }
}

function checkFormula(type: RecordType, input: CustomFieldInput) {
  const formula = input.formula ?? refuse('formula', 'Write the formula')
  const spec = { kind: 'formula' as const, expression: formula.expression }
  // Reads built-in fields and the custom ones defined before it, so
  // formulas never go round in circles.
  const at = type.fields.findIndex((f) => f.name === input.name)
  const before = at < 0 ? type.fields : type.fields.slice(0, at)
  const readable = [
    ...type.fields.filter((f) => !f.custom),
    ...before.filter((f) => f.custom),
  ]
  try {
    bindFormula(spec, readable)
  } catch (error) {
    if (error instanceof FormulaError) refuse('formula', error.message)
    throw error
  }
  return { ...spec, type: formula.type }
}

interface DescriptorParts {
  name: string
  label: string
  type: FieldType
  required?: boolean
  options?: { value: string; label: string }[]
  helpText?: string | null
  ref?: string | null
  computed?: StoredComputed | null
  defaultValue?: unknown
  unique?: boolean
  indexed?: boolean
  min?: number | string | null
  max?: number | string | null
  pattern?: string | null
}

// The spec without its stored result type, which is the field's own type.
function publicSpec(stored: StoredComputed | null | undefined) {
  if (!stored) return undefined
  if (stored.kind === 'formula') {
    return { kind: stored.kind, expression: stored.expression }
  }
  const { kind, object, via, fn, field, viaMany } = stored
  return { kind, object, via, viaMany, fn, field } satisfies RollupSpec
}

const numberOrUndefined = (v: number | string | null | undefined) =>
  v === null || v === undefined ? undefined : Number(v)

/** A custom field as every record path sees it. */
export function toDescriptor(parts: DescriptorParts): FieldDescriptor {
  const computed = publicSpec(parts.computed)
  return {
    name: parts.name,
    label: parts.label,
    type: parts.type,
    required: parts.required ?? false,
    options: hasOptions(parts.type) ? parts.options : undefined,
    helpText: parts.helpText ?? undefined,
    ref: parts.ref ?? undefined,
    scale: parts.type === 'decimal' ? 6 : undefined,
    custom: true,
    readOnly: computed ? true : undefined,
    computed,
    defaultValue: parts.defaultValue ?? undefined,
    unique: parts.unique || undefined,
    indexed: parts.indexed || undefined,
    min: numberOrUndefined(parts.min),
    max: numberOrUndefined(parts.max),
    pattern: parts.pattern ?? undefined,
    filterable: true,
    sortable: parts.type !== 'multiselect' && parts.type !== 'refs',
  }
}
