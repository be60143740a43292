import type { Problem } from '@valfardsnavet/client';

/** What kind of failure a person is looking at; each has its own Swedish message. */
export type ProblemKind =
  | 'validation'
  | 'bad-request'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'precondition-failed'
  | 'precondition-required'
  | 'unprocessable-content'
  | 'weak-password'
  | 'too-many-requests'
  | 'payload-too-large'
  | 'internal-error'
  | 'service-unavailable'
  | 'network'
  | 'unknown';

const PROBLEM_BASE = 'https://valfardsnavet.se/problems/';

/** The API's problem types the admin knows, in Swedish (docs/problems.md lists them). */
export const PROBLEM_MESSAGES: Record<Exclude<ProblemKind, 'unknown'>, string> = {
  validation: 'Några uppgifter behöver rättas.',
  'bad-request': 'Begäran kunde inte läsas.',
  unauthorized: 'Du är inte inloggad, eller inloggningen har gått ut. Logga in igen.',
  forbidden: 'Du har inte behörighet att göra det här.',
  'not-found': 'Det du letar efter finns inte.',
  conflict: 'Det går inte att genomföra: det krockar med något som redan finns eller med dess läge.',
  'precondition-failed': 'Någon annan har ändrat det här sedan du öppnade det.',
  'precondition-required': 'Öppna uppgiften på nytt innan du sparar.',
  'unprocessable-content': 'Ändringen bryter mot en regel.',
  'weak-password':
    'Lösenordet är för lätt att gissa. Välj fyra eller fler orelaterade ord, eller ett slumpat lösenord från en lösenordshanterare.',
  'too-many-requests': 'För många försök. Vänta en stund och försök igen.',
  'payload-too-large': 'Innehållet är för stort.',
  'internal-error': 'Något gick fel hos tjänsten. Försök igen om en stund.',
  'service-unavailable': 'Tjänsten är inte tillgänglig just nu. Försök igen om en stund.',
  network: 'Tjänsten svarar inte. Kontrollera anslutningen och försök igen.',
};

/** A bad field, as the form shows it: the form field's name and a Swedish message. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** Any failed API call, typed by kind, with the field errors mapped onto form field names. */
export class ApiError extends Error {
  readonly kind: ProblemKind;
  readonly status: number;
  readonly fields: FieldProblem[];
  constructor(
    readonly problem: Partial<Problem>,
    status?: number,
  ) {
    const kind = kindOf(problem, status);
    super(kind === 'unknown' ? (problem.detail ?? problem.title ?? 'Okänt fel') : PROBLEM_MESSAGES[kind]);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = problem.status ?? status ?? 0;
    this.fields = (problem.errors ?? []).map((error) => ({
      field: fieldOfPointer(error.pointer),
      message: fieldMessage(error.detail),
    }));
  }
  /** The API's own explanation, for problems whose reason matters (a category still in use). */
  get detail(): string | undefined {
    return this.problem.detail;
  }
}

function kindOf(problem: Partial<Problem>, status: number | undefined): ProblemKind {
  if (typeof problem.type === 'string' && problem.type.startsWith(PROBLEM_BASE)) {
    const slug = problem.type.slice(PROBLEM_BASE.length);
    if (slug in PROBLEM_MESSAGES) return slug as ProblemKind;
    return 'unknown';
  }
  // No problem body: the API was not reached (a proxy answered, or nothing did).
  if (status === undefined || status === 0) return 'network';
  if (status >= 502) return 'service-unavailable';
  if (status >= 500) return 'internal-error';
  return 'unknown';
}

/** `/body/scope/association` → `scope.association`, the name react-hook-form knows the field by. */
export function fieldOfPointer(pointer: string): string {
  const parts = pointer.split('/').slice(1);
  if (parts[0] === 'body' || parts[0] === 'query' || parts[0] === 'path') parts.shift();
  return parts.map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~')).join('.');
}

/** The API's field details are English phrases from its validator; the common ones in Swedish. */
const FIELD_MESSAGES: [RegExp, (match: RegExpMatchArray) => string][] = [
  [/^is required$|must have required property/, () => 'Fältet måste fyllas i.'],
  [/must NOT have fewer than (\d+) characters/, (m) => `Minst ${m[1]} tecken.`],
  [/must NOT have more than (\d+) characters/, (m) => `Högst ${m[1]} tecken.`],
  [/must match format "email"/, () => 'Ange en giltig e-postadress.'],
  [/must match format "uri"/, () => 'Ange en giltig webbadress.'],
  [/must match pattern/, () => 'Har fel format.'],
  [/^is taken$/, () => 'Är redan upptaget.'],
  [/^is too easy to guess/, () => 'Är för lätt att gissa: välj fyra eller fler orelaterade ord.'],
  [/must be (?:>=|≥) (\d+)/, (m) => `Måste vara minst ${m[1]}.`],
  [/must be (?:<=|≤) (\d+)/, (m) => `Får vara högst ${m[1]}.`],
  [/must be equal to one of the allowed values/, () => 'Välj ett av alternativen.'],
  [/check digit/, () => 'Organisationsnumret stämmer inte (kontrollsiffran).'],
  [/^is not your current password$/, () => 'Det är inte ditt nuvarande lösenord.'],
  [/^must differ from the current password$/, () => 'Måste skilja sig från det nuvarande lösenordet.'],
  [/^does not exist$|^is unknown$|no .* has/i, () => 'Finns inte.'],
];

export function fieldMessage(detail: string): string {
  for (const [pattern, message] of FIELD_MESSAGES) {
    const match = detail.match(pattern);
    if (match) return message(match);
  }
  return detail;
}

/** The message to show for any error, in Swedish where the problem type is known. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return PROBLEM_MESSAGES.network;
}
