/**
 * Exact rational numbers (numerator and positive denominator as bigints, in lowest terms), for
 * checking an answer the floating-point LPs found: a figure given to the agora is exactly its
 * agorot over 100, any other double exactly its binary fraction.
 */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

const abs = (a: bigint) => (a < 0n ? -a : a);

function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function rational(num: bigint, den = 1n): Rational {
  if (den === 0n) throw new RangeError('division by zero');
  if (den < 0n) [num, den] = [-num, -den];
  const g = gcd(num, den);
  return g > 1n ? { num: num / g, den: den / g } : { num, den };
}

export const zero = rational(0n);

/** The double's exact value: its mantissa times a power of two. */
export function exactOfDouble(x: number): Rational {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  if (x === 0) return zero;
  let exponent = 0;
  let m = Math.abs(x);
  // Scale to an integer mantissa: at most 1074 doublings for the smallest subnormal.
  while (!Number.isInteger(m)) {
    m *= 2;
    exponent++;
  }
  const num = BigInt(m) * (x < 0 ? -1n : 1n);
  return rational(num, 1n << BigInt(exponent));
}

/**
 * A figure as it was given: the agorot over 100 when it is whole agorot to within the double's
 * own precision (699999.97 is 69 999 997 agorot, not the nearest double), else the exact double.
 */
export function exactOfFigure(x: number): Rational {
  const agorot = Math.round(x * 100);
  // x and its product by 100 are each within half a unit in the last place of the decimal figure.
  if (Number.isSafeInteger(agorot) && Math.abs(x * 100 - agorot) <= 4 * Number.EPSILON * Math.max(1, Math.abs(agorot))) {
    return rational(BigInt(agorot), 100n);
  }
  return exactOfDouble(x);
}

export const add = (a: Rational, b: Rational) => rational(a.num * b.den + b.num * a.den, a.den * b.den);
export const sub = (a: Rational, b: Rational) => rational(a.num * b.den - b.num * a.den, a.den * b.den);
export const mul = (a: Rational, b: Rational) => rational(a.num * b.num, a.den * b.den);
export const div = (a: Rational, b: Rational) => rational(a.num * b.den, a.den * b.num);
export const compare = (a: Rational, b: Rational) => {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
};
export const isZero = (a: Rational) => a.num === 0n;

/** The nearest double (correctly rounded for the sizes money takes). */
export function toDouble(a: Rational): number {
  const whole = a.num / a.den;
  const rest = a.num - whole * a.den;
  // The whole part is exact below 2^53; the fraction needs only the double's precision.
  const scale = 1n << 64n;
  return Number(whole) + Number((rest * scale) / a.den) / 2 ** 64;
}

export function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}
