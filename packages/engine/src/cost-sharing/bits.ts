/**
 * Coalitions of up to 30 participants are bitmasks: participant i is bit i, so the coalition
 * {0, 2} is 0b101 = 5 and the whole group of n participants is 2^n − 1.
 */

export function popcount(mask: number): number {
  let x = mask - ((mask >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Index of the lowest set bit (mask must be non-zero). */
export function lowestBit(mask: number): number {
  return 31 - Math.clz32(mask & -mask);
}

export function fullMask(n: number): number {
  return n >= 31 ? -1 >>> 0 : (1 << n) - 1;
}

export function maskOf(members: Iterable<number>): number {
  let mask = 0;
  for (const i of members) mask |= 1 << i;
  return mask;
}

export function membersOf(mask: number): number[] {
  const members: number[] = [];
  for (let m = mask; m !== 0; m &= m - 1) members.push(lowestBit(m));
  return members;
}

/**
 * sums[mask] = Σ_{i ∈ mask} x[i] for every mask: the masks with bit i set are the ones below 2^i
 * shifted up, so each doubling is one sequential pass.
 */
export function subsetSums(x: ArrayLike<number>, n: number, out: Float64Array = new Float64Array(1 << n)): Float64Array {
  out[0] = 0;
  for (let i = 0, size = 1; i < n; i++, size *= 2) {
    const xi = x[i]!;
    for (let mask = 0; mask < size; mask++) out[size + mask] = out[mask]! + xi;
  }
  return out;
}
