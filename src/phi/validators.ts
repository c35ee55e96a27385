/** Check digits and issuing rules that tell a real identifier from a number that looks like one. */

function digitsOf(text: string): number[] {
  return [...text.replace(/\D/g, '')].map(Number);
}

/** Luhn (ISO/IEC 7812): payment cards, and NPIs with their 80840 prefix. */
export function luhn(text: string): boolean {
  const digits = digitsOf(text);
  if (digits.length < 2) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = digits[digits.length - 1 - index]!;
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** SSA rules: no area 000, 666 or 900–999, no group 00, no serial 0000. */
export function ssn(text: string): boolean {
  const digits = text.replace(/\D/g, '');
  if (digits.length !== 9) return false;
  const area = Number(digits.slice(0, 3));
  return area !== 0 && area !== 666 && area < 900 && digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000';
}

/** CMS: an NPI is ten digits whose Luhn check runs over the prefix 80840. */
export function npi(text: string): boolean {
  const digits = text.replace(/\D/g, '');
  return digits.length === 10 && luhn(`80840${digits}`);
}

/** DEA registration: (d1 + d3 + d5) + 2 × (d2 + d4 + d6), last digit equals d7. */
export function dea(text: string): boolean {
  const digits = text.slice(2).split('').map(Number);
  if (digits.length !== 7 || digits.some(Number.isNaN)) return false;
  const [d1, d2, d3, d4, d5, d6, d7] = digits as [number, number, number, number, number, number, number];
  return (d1 + d3 + d5 + 2 * (d2 + d4 + d6)) % 10 === d7;
}

/** NHS number: the first nine digits weighted 10 down to 2, 11 minus the sum modulo 11 is the tenth (11 reads 0; 10 is never issued). */
export function nhsNumber(text: string): boolean {
  const digits = text.replace(/\D/g, '').split('').map(Number);
  if (digits.length !== 10) return false;
  const check = 11 - (digits.slice(0, 9).reduce((sum, digit, index) => sum + digit * (10 - index), 0) % 11);
  return (check === 11 ? 0 : check) === digits[9];
}

export function ipv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255 && (part === '0' || !part.startsWith('0')));
}

/** IBAN: the country code and check digits moved to the end, letters as numbers, modulo 97 is 1. */
export function iban(text: string): boolean {
  const compact = text.replace(/\s/g, '').toUpperCase();
  const digits = (compact.slice(4) + compact.slice(0, 4)).replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1;
}

const VIN_VALUES: Record<string, number> = Object.fromEntries(
  [...'ABCDEFGHJKLMNPRSTUVWXYZ'].map((letter, index) => [letter, [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9][index]!]),
);
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** North American VIN (49 CFR 565): 17 characters without I, O, Q; position 9 is the check digit (X for 10). */
export function vin(text: string): boolean {
  const compact = text.toUpperCase();
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(compact)) return false;
  let sum = 0;
  for (let index = 0; index < 17; index++) {
    const character = compact[index]!;
    sum += (/\d/.test(character) ? Number(character) : VIN_VALUES[character]!) * VIN_WEIGHTS[index]!;
  }
  const check = sum % 11;
  return compact[8] === (check === 10 ? 'X' : String(check));
}
