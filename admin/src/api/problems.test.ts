import { describe, expect, it } from 'vitest';
import { ApiError, errorMessage, fieldOfPointer } from './problems.ts';

const problem = (type: string, status: number, extra: object = {}) => ({
  type: `https://valfardsnavet.se/problems/${type}`,
  title: 'English title',
  status,
  detail: 'English detail from the API',
  instance: '/v1/x',
  ...extra,
});

describe("the API layer's problem mapping", () => {
  it('shows a known problem type in Swedish, not the English detail', () => {
    const error = new ApiError(problem('precondition-failed', 412), 412);
    expect(error.kind).toBe('precondition-failed');
    expect(error.status).toBe(412);
    expect(error.message).toBe('Någon annan har ändrat det här sedan du öppnade det.');
    expect(new ApiError(problem('forbidden', 403), 403).message).toBe('Du har inte behörighet att göra det här.');
  });

  it('says in Swedish why a password is refused, on the form and on its field', () => {
    const error = new ApiError(
      problem('weak-password', 422, {
        errors: [{ pointer: '/body/password', detail: 'is too easy to guess: it contains your name or email.' }],
      }),
      422,
    );
    expect(error.kind).toBe('weak-password');
    expect(error.message).toMatch(/^Lösenordet är för lätt att gissa/);
    expect(error.fields).toEqual([
      { field: 'password', message: 'Är för lätt att gissa: välj fyra eller fler orelaterade ord.' },
    ]);
  });

  it('shows an unknown problem type with its detail', () => {
    const error = new ApiError(problem('something-new', 418), 418);
    expect(error.kind).toBe('unknown');
    expect(error.message).toBe('English detail from the API');
  });

  it('puts each field error on the form field its pointer names, in Swedish where the phrase is known', () => {
    const error = new ApiError(
      problem('validation', 400, {
        errors: [
          { pointer: '/body/email', detail: 'is taken' },
          { pointer: '/body/scope/association', detail: 'is required' },
          { pointer: '/body/newPassword', detail: 'must NOT have fewer than 12 characters' },
          { pointer: '/body/supplier/organisationNumber', detail: 'has a wrong check digit' },
          { pointer: '/body/name', detail: 'an explanation nobody translated' },
        ],
      }),
      400,
    );
    expect(error.fields).toEqual([
      { field: 'email', message: 'Är redan upptaget.' },
      { field: 'scope.association', message: 'Fältet måste fyllas i.' },
      { field: 'newPassword', message: 'Minst 12 tecken.' },
      { field: 'supplier.organisationNumber', message: 'Organisationsnumret stämmer inte (kontrollsiffran).' },
      { field: 'name', message: 'an explanation nobody translated' },
    ]);
  });

  it('reads JSON Pointer escapes', () => {
    expect(fieldOfPointer('/body/a~1b/c~0d')).toBe('a/b.c~d');
    expect(fieldOfPointer('/query/limit')).toBe('limit');
  });

  it('says the API is not answering when there is no problem body at all', () => {
    expect(new ApiError({}, 502).message).toBe('Tjänsten är inte tillgänglig just nu. Försök igen om en stund.');
    expect(new ApiError({}, 0).kind).toBe('network');
    // fetch itself failing (the API is down) is not an ApiError; it is still said in Swedish.
    expect(errorMessage(new TypeError('Failed to fetch'))).toBe(
      'Tjänsten svarar inte. Kontrollera anslutningen och försök igen.',
    );
  });
});
