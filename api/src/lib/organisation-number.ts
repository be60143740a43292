/**
 * A Swedish organisationsnummer: ten digits written NNNNNN-NNNN whose last digit is a Luhn check
 * digit over the first nine. Answers the number in that written form, or null when it is not valid.
 */
export function normaliseOrganisationNumber(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  if (!/^[0-9]{10}$/.test(digits)) return null;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let value = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (value > 9) value -= 9;
    sum += value;
  }
  const check = (10 - (sum % 10)) % 10;
  if (check !== Number(digits[9])) return null;
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}
