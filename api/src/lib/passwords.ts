import { hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { HttpProblem } from './problems.ts';
import { SWEDISH_WORDS } from './swedish-words.ts';

// argon2id (the library's default algorithm) with OWASP's recommended minimum: 19 MiB, 2 iterations, 1 lane.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, OPTIONS);

// Verified against when the email is unknown, so that an unknown email costs as much time as a wrong
// password. Made on first use, not at start, since each hash takes 19 MiB for a moment.
let decoy: Promise<string> | undefined;

/** Checks a password against a stored hash; with no hash, spends the same time and answers false. */
export async function verifyPassword(storedHash: string | undefined, password: string): Promise<boolean> {
  if (storedHash === undefined) {
    decoy ??= hash('not a password anyone has', OPTIONS);
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}

/** The weakest zxcvbn score accepted: 3 is "safely unguessable" (about 10^8 guesses or more). */
const MIN_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;
/** Built on first use: the dictionaries take a few megabytes that a read-only instance never needs. */
const strength = () =>
  (estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, swedish: SWEDISH_WORDS },
    graphs: common.adjacencyGraphs,
  }));

const REASONS: Record<string, string> = {
  userInputs: 'it contains your name or email',
  swedish: 'it is built on a common Swedish word',
  repeat: 'it repeats the same characters',
  sequence: 'it is a sequence such as abcd or 1234',
  spatial: 'it is a keyboard pattern such as qwerty',
  date: 'it is built on a date or a year',
};

/** The words of a person's email and name, as zxcvbn should know them. */
function personalWords(person: { email?: string | undefined; name?: string | undefined }): string[] {
  const texts = [(person.email ?? '').split('@')[0] ?? '', person.email ?? '', person.name ?? ''];
  const words = texts
    .flatMap((text) => {
      const lowered = text.toLowerCase();
      return [...lowered.split(/[^\p{L}\p{N}]+/u), lowered.replace(/[^\p{L}\p{N}]+/gu, '')];
    })
    .filter((word) => word.length >= 3);
  return [...new Set(words)];
}

/**
 * Refuses a password that is easy to guess: common passwords and words (zxcvbn's lists and common
 * Swedish ones), repetitions, sequences, keyboard patterns, dates — and the person's own email and name.
 * Throws a 422 problem that says why, pointing at `pointer`.
 */
export async function assertStrongPassword(
  password: string,
  person: { email?: string | undefined; name?: string | undefined },
  pointer = '/body/password',
): Promise<void> {
  const words = personalWords(person);
  const result = await strength().check(password, words);
  const lowered = password.toLowerCase();
  const personal = words.some((word) => word.length >= 4 && lowered.includes(word));
  if (result.score >= MIN_SCORE && !personal) return;
  const matched = result.sequence.map((match) =>
    match.pattern === 'dictionary'
      ? String((match as { dictionaryName?: string }).dictionaryName)
      : String(match.pattern),
  );
  const key = personal
    ? 'userInputs'
    : (['userInputs', 'swedish', 'repeat', 'sequence', 'spatial', 'date'].find((name) => matched.includes(name)) ??
      (matched.some((name) => name.startsWith('passwords')) ? 'passwords' : undefined));
  const reason =
    key === 'passwords' ? 'it is built on a commonly used password' : (REASONS[key ?? ''] ?? 'it is too easy to guess');
  const detail = `is too easy to guess: ${reason}. Use four or more unrelated words, or a random password from a password manager`;
  throw new HttpProblem(422, `The password ${detail}`, {
    type: 'weak-password',
    title: 'Weak password',
    errors: [{ pointer, detail }],
  });
}
