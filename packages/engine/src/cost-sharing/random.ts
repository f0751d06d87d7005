/**
 * A small seeded generator (xoshiro128**, seeded through splitmix32): the same seed gives the same
 * sequence on every platform, so a sampled estimate can be reproduced from its seed.
 */
export interface Random {
  /** A uniform integer in [0, bound), bound ≤ 2^32. */
  below(bound: number): number;
}

export function seededRandom(seed: number): Random {
  let s = seed >>> 0;
  const splitmix = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  if ((a | b | c | d) === 0) a = 1;
  const next = () => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  return { below: (bound) => Math.floor((next() / 4294967296) * bound) };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
