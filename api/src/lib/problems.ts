import Type from 'typebox';

/** Base of the `type` URIs; each problem type is documented in docs/problems.md. */
export const PROBLEM_BASE = 'https://valfardsnavet.se/problems/';

export interface FieldError {
  /** JSON Pointer into the request: `/query/limit`, `/path/code`, `/body/name`, `/headers/if-match`. */
  pointer: string;
  detail: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  errors?: FieldError[];
}

const TITLES: Record<number, [slug: string, title: string]> = {
  400: ['bad-request', 'Bad request'],
  401: ['unauthorized', 'Unauthorized'],
  403: ['forbidden', 'Forbidden'],
  404: ['not-found', 'Not found'],
  405: ['method-not-allowed', 'Method not allowed'],
  406: ['not-acceptable', 'Not acceptable'],
  409: ['conflict', 'Conflict'],
  410: ['gone', 'Gone'],
  412: ['precondition-failed', 'Precondition failed'],
  408: ['request-timeout', 'Request timeout'],
  413: ['payload-too-large', 'Payload too large'],
  414: ['uri-too-long', 'URI too long'],
  415: ['unsupported-media-type', 'Unsupported media type'],
  422: ['unprocessable-content', 'Unprocessable content'],
  428: ['precondition-required', 'Precondition required'],
  429: ['too-many-requests', 'Too many requests'],
  431: ['request-header-fields-too-large', 'Request header fields too large'],
  500: ['internal-error', 'Internal server error'],
  503: ['service-unavailable', 'Service unavailable'],
};

export function problemTitle(status: number): { type: string; title: string } {
  const [slug, title] = TITLES[status] ?? (status >= 500 ? TITLES[500] : TITLES[400]) ?? ['error', 'Error'];
  return { type: PROBLEM_BASE + slug, title };
}

/**
 * An error that becomes an RFC 9457 problem response. Services and routes throw it; the central error
 * handler turns it into `application/problem+json`.
 */
export class HttpProblem extends Error {
  readonly type: string;
  readonly title: string;
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly options: { errors?: FieldError[]; headers?: Record<string, string>; type?: string; title?: string } = {},
  ) {
    super(detail);
    this.name = 'HttpProblem';
    const defaults = problemTitle(status);
    this.type = options.type ? PROBLEM_BASE + options.type : defaults.type;
    this.title = options.title ?? defaults.title;
  }
}

export const notFound = (detail: string) => new HttpProblem(404, detail);

/** The value, or a 404 saying `detail` when there is none: the read of one resource. */
export function found<T>(value: T | undefined | null, detail: string): T {
  if (value === undefined || value === null) throw notFound(detail);
  return value;
}

export const FieldErrorSchema = Type.Object(
  {
    pointer: Type.String({
      description: 'JSON Pointer to the offending part of the request',
      examples: ['/query/limit'],
    }),
    detail: Type.String({ examples: ['must be <= 100'] }),
  },
  { $id: 'FieldError', description: 'One invalid part of a request.' },
);

export const ProblemSchema = Type.Object(
  {
    type: Type.String({
      format: 'uri',
      description: 'Identifies the kind of problem',
      examples: [`${PROBLEM_BASE}not-found`],
    }),
    title: Type.String({ description: 'Short summary of the kind of problem', examples: ['Not found'] }),
    status: Type.Integer({ description: 'The HTTP status code', examples: [404] }),
    detail: Type.String({
      description: 'What went wrong with this request',
      examples: ['No municipality has the code 9999'],
    }),
    instance: Type.String({ description: 'The path of the request', examples: ['/v1/municipalities/9999'] }),
    errors: Type.Optional(
      Type.Array(Type.Ref('FieldError'), { description: 'Every invalid field, for validation failures' }),
    ),
  },
  {
    $id: 'Problem',
    description: 'An RFC 9457 problem details object, sent as application/problem+json.',
    examples: [
      {
        type: `${PROBLEM_BASE}validation`,
        title: 'Invalid request',
        status: 400,
        detail: 'The request has 1 invalid field',
        instance: '/v1/municipalities?limit=1000',
        errors: [{ pointer: '/query/limit', detail: 'must be <= 100' }],
      },
    ],
  },
);

const DESCRIPTIONS: Record<number, string> = {
  400: 'The request is invalid; `errors` names every bad field.',
  401: 'Credentials are needed, or the ones sent (a session cookie or an API key) are not valid.',
  403: 'The credentials do not allow this.',
  404: 'No resource has that key.',
  405: 'The resource does not support this method; `Allow` lists the methods it does.',
  406: 'The `Accept` header does not allow application/json.',
  409: 'The request conflicts with the current state.',
  412: 'The `If-Match` ETag is stale.',
  415: 'The request body is not JSON.',
  422: 'The request is well-formed but breaks a rule.',
  428: 'An `If-Match` header is required.',
  429: 'Too many requests; retry after `Retry-After` seconds.',
  500: 'Something went wrong on the server. The response names no internal detail; `X-Request-Id` helps us find it.',
  503: 'The service is not ready.',
};

/** OpenAPI response entries for problem statuses, each a `Problem` as application/problem+json. */
export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: DESCRIPTIONS[status] ?? problemTitle(status).title,
        content: { 'application/problem+json': { schema: Type.Ref('Problem') } },
      },
    ]),
  );
}

/** Adds a problem status to a route's documented responses, for answers every route may give. */
export function documentProblem(schema: { response?: unknown }, status: number): void {
  const responses = (schema.response ?? {}) as Record<string, unknown>;
  if (responses[status] === undefined && responses[String(status)] === undefined) {
    schema.response = { ...responses, ...problemResponses(status) };
  }
}
