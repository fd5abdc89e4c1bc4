import { Readable } from 'node:stream'
import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppError } from '../../platform/http/errors.js'
import {
  inTenant,
  reasonCode,
  requireActor,
} from '../../platform/http/request-context.js'
import { listParamsSchema } from '../records/list-params.js'
import { VCARD_VERSIONS } from './contact-to-card.js'
import { contactCard, openContactCards } from './export-vcards.js'
import { importVcards, previewVcards } from './import-vcards.js'

const tags = ['Contacts']
const VCARD = 'text/vcard; charset=utf-8'
const version = z.enum(VCARD_VERSIONS).default('4.0')
const listQuery = listParamsSchema
  .pick({ filter: true, q: true, sort: true })
  .extend({ version })

/** A download name: the contact's name in ASCII, and in full (RFC 6266). */
function attachment(name: string) {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w.-]+/g, '-')
  const safe = ascii.replace(/^-+|-+$/g, '') || 'contact'
  return `attachment; filename="${safe}.vcf"; filename*=UTF-8''${encodeURIComponent(`${name}.vcf`)}`
}

function fileOf(body: unknown): Buffer {
  if (!Buffer.isBuffer(body) || body.length === 0) {
    throw new AppError('bad_request', {
      detail:
        'Send the .vcf file as the request body (Content-Type text/vcard)',
    })
  }
  return body
}

/**
 * vCards of contacts: one contact's card, a list view's cards as one
 * file, and a file's cards previewed and then created as contacts.
 */
export function registerVcardRoutes(app: FastifyInstance) {
  app.register(async (scope) => {
    scope.addContentTypeParser(
      [
        'text/vcard',
        'text/x-vcard',
        'text/directory',
        'application/octet-stream',
      ],
      { parseAs: 'buffer', bodyLimit: 10 * 1024 * 1024 },
      (_request, body, done) => done(null, body),
    )
    registerRoutes(scope)
  })
}

function registerRoutes(app: FastifyInstance) {
  const api = app.withTypeProvider<ZodTypeProvider>()

  api.get(
    '/api/v1/contacts/:id/vcard',
    {
      schema: {
        tags,
        summary: 'One contact as a vCard (4.0, or 3.0 with ?version=3.0)',
        params: z.object({ id: z.uuid() }),
        querystring: z.object({ version }),
      },
    },
    async (request, reply) => {
      const { contact, card } = await inTenant(request, (tx, actor) =>
        contactCard(tx, actor, request.params.id, request.query.version),
      )
      const name = [contact.first_name, contact.last_name].filter(Boolean)
      return reply
        .header('Content-Type', VCARD)
        .header('Content-Disposition', attachment(name.join(' ')))
        .send(card)
    },
  )

  api.get(
    '/api/v1/contacts/vcard',
    {
      schema: {
        tags,
        summary:
          'A list view of contacts (its filter, search and sort) as one .vcf file',
        querystring: listQuery,
      },
    },
    async (request, reply) => {
      const { version: v, ...view } = request.query
      const cards = await openContactCards(
        app.database.db,
        requireActor(request),
        view,
        v,
      )
      const day = new Date().toISOString().slice(0, 10)
      return reply
        .header('Content-Type', VCARD)
        .header(
          'Content-Disposition',
          `attachment; filename="contacts-${day}.vcf"`,
        )
        .send(Readable.from(cards))
    },
  )

  api.post(
    '/api/v1/contacts/vcard',
    {
      schema: {
        tags,
        summary:
          'Preview a .vcf file (the raw body): each card as the contact it would create, or why not',
      },
    },
    async (request) => ({
      data: await inTenant(request, (tx, actor) =>
        previewVcards(tx, actor, fileOf(request.body)),
      ),
    }),
  )

  api.post(
    '/api/v1/contacts/vcard/commit',
    {
      schema: {
        tags,
        summary:
          'Create the contacts of a .vcf file (the raw body) in one transaction, as the preview showed',
      },
    },
    async (request, reply) => {
      const options = { reasonCode: reasonCode(request), requestId: request.id }
      const data = await inTenant(request, (tx, actor) =>
        importVcards(tx, actor, fileOf(request.body), options),
      )
      return reply.status(201).send({ data })
    },
  )
}
