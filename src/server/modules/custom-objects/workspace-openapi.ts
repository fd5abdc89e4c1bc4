import { z } from 'zod'
import { createSchema, updateSchema } from '../records/input-schema.js'
import { recordSchema } from '../records/output-schema.js'
import type { RecordType } from '../records/record-type.js'

type Json = Record<string, unknown>
interface OpenApiDoc {
  paths: Record<string, Json>
  components: { schemas: Record<string, unknown> }
  tags?: { name: string }[]
}

const GENERIC = '/api/v1/{objects}'
const GENERIC_RECORD = '#/components/schemas/custom_object_record'

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Json {
  const out = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json
  const defs = out.$defs as Record<string, Json> | undefined
  const ref = out.$ref as string | undefined
  const body = ref && defs ? defs[ref.replace('#/$defs/', '')] : out
  const { $schema: _, ...rest } = body
  return rest
}

function body(ref: string): Json {
  return {
    required: true,
    content: { 'application/json': { schema: { $ref: ref } } },
  }
}

// Copies a value, giving every string to `rewrite` (labels are data, so
// they are never pasted into JSON text).
function rewriteStrings(
  value: unknown,
  rewrite: (s: string) => string,
): unknown {
  if (typeof value === 'string') return rewrite(value)
  if (Array.isArray(value)) return value.map((v) => rewriteStrings(v, rewrite))
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, rewriteStrings(v, rewrite)]),
    )
  }
  return value
}

/** A custom object's paths, made from the routes all objects share. */
function objectPaths(doc: OpenApiDoc, type: RecordType): Record<string, Json> {
  const paths: Record<string, Json> = {}
  const base = `/api/v1/${type.plural}`
  const many = type.labelPlural.toLowerCase()
  const one = type.label.toLowerCase()
  // Functions as replacements: a label's "$&" must not read as a pattern.
  const rewrite = (text: string) =>
    text === GENERIC_RECORD
      ? `#/components/schemas/${type.name}_record`
      : text === 'Custom object records'
        ? type.labelPlural
        : text
            .replaceAll('records of a custom object', () => many)
            .replaceAll('record of a custom object', () => one)
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!path.startsWith(GENERIC)) continue
    const copy = rewriteStrings(item, rewrite) as Record<string, Json>
    for (const operation of Object.values(copy)) {
      const params = operation.parameters as { name: string }[] | undefined
      if (params) {
        operation.parameters = params.filter((p) => p.name !== 'objects')
      }
    }
    paths[path.replace(GENERIC, base)] = copy
  }
  return paths
}

/**
 * The API as one workspace sees it: every record type's schemas carry its
 * custom fields, and each custom object has its own paths. Made per
 * request from the metadata, so it changes when the metadata does.
 */
export function workspaceOpenApi(
  shared: OpenApiDoc,
  types: RecordType[],
): OpenApiDoc {
  const doc = structuredClone(shared)
  for (const type of types) {
    const prefix = `#/components/schemas/${type.name}`
    doc.components.schemas[`${type.name}_record`] = jsonSchema(
      recordSchema(type),
      'output',
    )
    doc.components.schemas[`${type.name}_create`] = jsonSchema(
      createSchema(type),
      'input',
    )
    doc.components.schemas[`${type.name}_update`] = jsonSchema(
      updateSchema(type),
      'input',
    )
    if (type.customObject) {
      Object.assign(doc.paths, objectPaths(shared, type))
      doc.tags = [...(doc.tags ?? []), { name: type.labelPlural }]
    }
    const base = `/api/v1/${type.plural}`
    const list = doc.paths[base] as Record<string, Json> | undefined
    const one = doc.paths[`${base}/{id}`] as Record<string, Json> | undefined
    if (list?.post) list.post.requestBody = body(`${prefix}_create`)
    if (one?.patch) one.patch.requestBody = body(`${prefix}_update`)
  }
  return doc
}
