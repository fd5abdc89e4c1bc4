import type { FastifyInstance, LightMyRequestResponse } from 'fastify'

/**
 * A signed-in user talking to the app in-process: requests go through
 * the whole server (routing, authentication, validation, serialisation)
 * but no socket, so a timing is the server's own cost.
 */
export class Session {
  private constructor(
    private readonly app: FastifyInstance,
    private readonly cookie: string,
    private readonly csrfToken: string,
  ) {}

  static async signIn(
    app: FastifyInstance,
    body: { workspace: string; email: string; password: string },
  ): Promise<Session> {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: body,
    })
    if (response.statusCode !== 200) {
      throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`)
    }
    const cookie = response.cookies
      .map((c) => `${c.name}=${c.value}`)
      .join('; ')
    return new Session(app, cookie, response.json().csrfToken)
  }

  get(url: string): Promise<LightMyRequestResponse> {
    return this.app.inject({ method: 'GET', url, headers: this.headers() })
  }

  post(url: string, payload: object): Promise<LightMyRequestResponse> {
    return this.app.inject({
      method: 'POST',
      url,
      payload,
      headers: this.headers(),
    })
  }

  private headers() {
    return { cookie: this.cookie, 'x-csrf-token': this.csrfToken }
  }
}
