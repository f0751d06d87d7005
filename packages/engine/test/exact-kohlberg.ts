import { fullMask, membersOf } from '../src/cost-sharing/bits';
import { balanced } from './kohlberg';

/**
 * Kohlberg's criterion decided exactly, for games given in whole agorot, as an independent check
 * of the engine's (pre-)nucleolus: the shares (₪, doubles) are read back as the fractions of an
 * agora they stand for (the nucleolus of such a game has small denominators), every excess is
 * computed in integers, and the coalitions at or above each level must be balanced.
 */
export async function exactlyKohlberg(agorot: readonly bigint[], shares: ArrayLike<number>, n: number, imputations: boolean): Promise<boolean> {
  const x = Array.from({ length: n }, (_, i) => fraction(shares[i]! * 100));
  if (x.some((f) => f === null)) return false;
  const den = x.reduce((d, f) => lcm(d, f!.den), 1n);
  const scaled = x.map((f) => f!.num * (den / f!.den));
  const full = fullMask(n);
  const excess = (mask: number) => membersOf(mask).reduce((s, i) => s + scaled[i]!, 0n) - agorot[mask]! * den;
  if (excess(full) !== 0n) return false;
  const atBound = imputations ? Array.from({ length: n }, (_, i) => i).filter((i) => excess(1 << i) === 0n) : [];
  if (imputations && Array.from({ length: n }, (_, i) => excess(1 << i)).some((e) => e > 0n)) return false;
  const proper = Array.from({ length: full - 1 }, (_, k) => k + 1);
  const byExcess = new Map<bigint, number[]>();
  for (const mask of proper) {
    const e = excess(mask);
    byExcess.set(e, [...(byExcess.get(e) ?? []), mask]);
  }
  const levels = [...byExcess.keys()].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0));
  const collection: number[] = [];
  for (const level of levels) {
    collection.push(...byExcess.get(level)!);
    if (!(await balanced(collection, atBound, n))) return false;
  }
  return true;
}

/** The fraction with a denominator up to 10 000 that the double stands for (continued fractions), if any. */
function fraction(value: number): { num: bigint; den: bigint } | null {
  let [h0, h1, k0, k1] = [0, 1, 1, 0];
  let rest = value;
  for (let step = 0; step < 40; step++) {
    const a = Math.floor(rest);
    [h0, h1] = [h1, a * h1 + h0];
    [k0, k1] = [k1, a * k1 + k0];
    if (k1 > 10_000) return null;
    if (Math.abs(h1 / k1 - value) <= 1e-6) return { num: BigInt(h1), den: BigInt(k1) };
    rest = 1 / (rest - a);
    if (!Number.isFinite(rest)) break;
  }
  return Math.abs(h1 / k1 - value) <= 1e-6 ? { num: BigInt(h1), den: BigInt(k1) } : null;
}

function lcm(a: bigint, b: bigint): bigint {
  let [x, y] = [a, b];
  while (y !== 0n) [x, y] = [y, x % y];
  return (a / x) * b;
}
