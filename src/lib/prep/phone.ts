/** Checks the number the caller will call from, so the reader can save it and recognize the call. */

/** The result: the digits found, or the message to show next to the field. */
export type PhoneCheck = { ok: true; digits: string } | { ok: false; message: string };

/**
 * Accepts the usual ways of writing a phone number: digits with spaces, dots, dashes, slashes, brackets,
 * a leading +, and an extension ("ext. 12", "x12"). Letters anywhere else are an error: a vanity number
 * like 1-800-FLOWERS has to be written as digits to be saved in a phone.
 */
export function checkPhone(text: string): PhoneCheck {
  const t = text.trim();
  const main = t.replace(/\s*(?:ext\.?|extension|x)\s*\d{1,6}$/i, '');
  const letters = main.match(/[\p{L}]/gu);
  if (letters)
    return {
      ok: false,
      message: `A phone number has only digits. Take out the letter${letters.length === 1 ? '' : 's'} “${[...new Set(letters)].join('')}”, or write them as digits.`,
    };
  const other = main.match(/[^\d\s+().\-/]/g);
  if (other) return { ok: false, message: `Use only digits, spaces and + ( ) - in a phone number. Take out “${[...new Set(other)].join('')}”.` };
  if (main.indexOf('+') > 0 || main.split('+').length > 2) return { ok: false, message: 'A + can only go at the very start of a phone number.' };
  const digits = main.replace(/\D/g, '');
  if (digits.length < 7) return { ok: false, message: 'That number looks too short. Include the area code.' };
  if (digits.length > 15) return { ok: false, message: 'That number looks too long: phone numbers have at most 15 digits.' };
  return { ok: true, digits };
}
