/**
 * Reads a number the way people type it ("2,400", "$52k", "22.5 %", "1e3") into an integer count of
 * small units (dollars, cents or basis points), by moving the decimal point in the text itself,
 * so "1.005" dollars is 101 cents, not the 100 that floating point would give.
 */

/** Why a typed number could not be used. */
export type NumberProblem = 'empty' | 'not-a-number' | 'negative' | 'too-large';

/** A parsed number, or the reason there is none. Parsing never throws. */
export type ParsedNumber = { ok: true; value: number } | { ok: false; problem: NumberProblem };

/** How to read one field. */
export interface ParseOptions {
  /** Decimal places kept as whole units: 0 for dollars, 2 for cents or basis points of a percent. */
  digits: number;
  /** The largest value allowed, in those units. */
  max: number;
  /** Negative numbers are allowed (a local adjustment can lower pay). */
  allowNegative?: boolean;
}

/** Optional sign, digits (thousands commas allowed), fraction, exponent, and a "k" for thousands. */
const NUMBER_PATTERN = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?(?:e([+-]?\d+))?(k?)$/i;

/** Beyond this many integer digits a value is far past any cap, and past exact doubles. */
const MAX_INTEGER_DIGITS = 15;

/** Parses `text` into an integer number of 10^-digits units, rounded half away from zero. */
export function parseDecimal(text: string, options: ParseOptions): ParsedNumber {
  const cleaned = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/[\u2212\u2013]/g, '-')
    .replace(/^([+-]?)\$/, '$1')
    .replace(/%$/, '');
  if (cleaned === '') return { ok: false, problem: 'empty' };
  const match = NUMBER_PATTERN.exec(cleaned);
  if (!match) return { ok: false, problem: 'not-a-number' };
  const [, sign = '', integerText = '', fraction = '', exponentText = '0', thousands = ''] = match;
  const integerDigits = integerText.replace(/,/g, '');
  if (integerDigits === '' && fraction === '') return { ok: false, problem: 'not-a-number' };

  const allDigits = integerDigits + fraction;
  const mantissa = allDigits.replace(/^0+/, '');
  if (mantissa === '') return { ok: true, value: 0 };
  // Where the decimal point falls in `mantissa` once the exponent, the "k" and the kept digits are applied.
  const point = integerDigits.length - (allDigits.length - mantissa.length) + Number(exponentText) + (thousands ? 3 : 0) + options.digits;
  if (sign === '-' && !options.allowNegative) return { ok: false, problem: 'negative' };
  if (point > MAX_INTEGER_DIGITS) return { ok: false, problem: 'too-large' };

  const whole = point <= 0 ? 0 : Number(mantissa.slice(0, point).padEnd(point, '0'));
  const firstDropped = point < 0 ? 0 : Number(mantissa[point] ?? '0');
  const magnitude = whole + (firstDropped >= 5 ? 1 : 0);
  if (magnitude > options.max) return { ok: false, problem: 'too-large' };
  if (sign === '-' && magnitude > 0) return { ok: true, value: -magnitude };
  return { ok: true, value: magnitude };
}
