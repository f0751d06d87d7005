/**
 * Rounding shares to agorot (0.01 ₪) by the largest remainder method (Hamilton's method):
 *
 * 1. the total is rounded to the nearest agora (halves away from zero);
 * 2. every share is rounded down to whole agorot;
 * 3. the agorot still missing to reach the rounded total (never more than the number of shares)
 *    go one each to the shares with the largest remainders, ties to the earlier participant.
 *
 * So the rounded shares always add up exactly to the rounded total, and no share moves by an
 * agora or more. Floating noise such as 12.34 × 100 = 1233.9999999999998 is snapped to the whole
 * agora first, so an exact figure is never pushed down and back up.
 */
export function roundToAgorot(shares: ArrayLike<number>, total: number): { shares: number[]; total: number } {
  const totalAgorot = toAgorot(total);
  if (shares.length === 0) return { shares: [], total: totalAgorot };
  const floors: number[] = [];
  const remainders: number[] = [];
  let floorSum = 0;
  for (let i = 0; i < shares.length; i++) {
    const cents = toCents(shares[i]!);
    const floor = Math.floor(cents);
    if (!Number.isSafeInteger(floor)) throw new RangeError(`a share beyond whole agorot: ${shares[i]}`);
    floors.push(floor);
    remainders.push(cents - floor);
    floorSum += floor;
  }
  // Beyond whole agorot a double no longer counts them one by one: the engine's inputs are kept far
  // below (limits.maxMoney), so this is a fault, not bad input.
  if (!Number.isSafeInteger(totalAgorot) || !Number.isSafeInteger(floorSum)) throw new RangeError(`a total beyond whole agorot: ${total}`);
  let missing = totalAgorot - floorSum;
  // Remainders equal to a millionth of an agora are ties (floating noise), won by the earlier share.
  const rank = remainders.map((r) => Math.round(r * 1e6));
  const order = rank.map((_, i) => i).sort((a, b) => rank[b]! - rank[a]! || a - b);
  // If the shares do not add up to the total (they should, up to round-off), the difference is
  // spread evenly, and what remains one agora each in the same order, so the invariant still holds.
  const n = order.length;
  const each = Math.trunc(missing / n);
  if (each !== 0) {
    for (let i = 0; i < n; i++) floors[i] = floors[i]! + each;
    missing -= each * n;
  }
  const step = missing > 0 ? 1 : -1;
  for (let k = 0; k < Math.abs(missing); k++) {
    const j = order[step > 0 ? k : n - 1 - k]!;
    floors[j] = floors[j]! + step;
  }
  return { shares: floors, total: totalAgorot };
}

/** A sum in shekels as whole agorot, halves away from zero. */
export function toAgorot(shekels: number): number {
  return roundHalfAwayFromZero(toCents(shekels));
}

function toCents(x: number): number {
  const cents = x * 100;
  const nearest = Math.round(cents);
  return Math.abs(cents - nearest) < 1e-6 ? nearest : cents;
}

function roundHalfAwayFromZero(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(x)) + 0;
}
