import { NULL_BODY_STATUSES } from './limiter-answers';

/**
 * A server answer whose JSON body is already parsed. The layers of the sync fetch (the request trace, the
 * encrypting fetch, RxDB) each read the answer as JSON; with plain Responses a pulled page of documents was read as
 * text and parsed three times and serialised once more on its way up (issue 17: the pull's JSON work). A layer that
 * has parsed an answer hands the next one this Response, whose `json()` gives the parsed value back without another
 * parse; `text()` serialises it only if someone asks for text. The value is shared, never copied: no layer mutates it.
 */
export class ParsedAnswer extends Response {
  readonly #json: unknown;

  constructor(from: Response, json: unknown) {
    const headers = new Headers(from.headers);
    // The body is no longer the bytes the server sent (length and encoding); what is left describes the JSON value.
    headers.delete('content-length');
    headers.delete('content-encoding');
    headers.set('content-type', 'application/json');
    super(null, { status: from.status, statusText: from.statusText, headers });
    this.#json = json;
  }

  override json(): Promise<unknown> {
    return Promise.resolve(this.#json);
  }

  override text(): Promise<string> {
    return Promise.resolve(JSON.stringify(this.#json));
  }

  override clone(): Response {
    return new ParsedAnswer(this, this.#json);
  }
}

/** The answer's JSON body and an answer carrying it for the next reader, or the text again if it is not JSON. */
export async function readJsonAnswer(response: Response): Promise<{ readonly json: unknown; readonly answer: Response }> {
  if (response instanceof ParsedAnswer) return { json: await response.json(), answer: response };
  const text = await response.text();
  try {
    const json: unknown = JSON.parse(text);
    return { json, answer: new ParsedAnswer(response, json) };
  } catch {
    const { status, statusText, headers } = response;
    const body = NULL_BODY_STATUSES.has(status) ? null : text;
    return { json: undefined, answer: new Response(body, { status, statusText, headers }) };
  }
}
