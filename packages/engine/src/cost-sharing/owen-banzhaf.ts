import { fullMask, popcount } from './bits';
import { costSharingErrors } from './errors';
import { tabulate, valueScale, type Game } from './game';
import { toleranceFor } from './limits';

/**
 * Two values for comparison with Shapley's, over a table of every group's value (so for as many
 * participants as a table holds).
 *
 * The **Owen value** (Owen 1977) for a cluster whose authorities form blocs known in advance —
 * sub-regions, or councils of one type: the blocs arrive in a random order, and within its bloc
 * each authority in a random order; an authority pays its average marginal cost over those
 * orders. Blocs are treated alike among themselves, and members alike within their bloc. With
 * every authority a bloc of its own, or all in one bloc, it is the Shapley value.
 *
 *   φ_i = Σ_{H ⊆ M∖{k}} Σ_{T ⊆ P_k∖{i}} h!(m−h−1)!/m! · t!(p−t−1)!/p! · [v(Q_H ∪ T ∪ {i}) − v(Q_H ∪ T)]
 *
 * for i in bloc P_k of size p, M the m blocs, Q_H the members of the blocs in H.
 *
 * The **Banzhaf value** (Banzhaf 1965; Owen 1975 for games in general) averages an authority's
 * marginal cost over all groups of the others, each equally likely, rather than over orders. Its
 * shares need not add up to the joint cost; the normalised value scales them so that they do
 * (left as they are when their sum and the joint value are both zero; undefined when only their
 * sum is).
 */

const factorials = (n: number) => {
  const f = [1];
  for (let k = 1; k <= n; k++) f.push(f[k - 1]! * k);
  return f;
};

/** `blocs`: each participant's bloc, by index; participants of one bloc share its number. */
export function owenValue(game: Game, blocs: readonly number[]): Float64Array {
  const n = game.players.length;
  const values = tabulate(game);
  const ids = [...new Set(blocs)];
  const members = ids.map((id) => blocs.reduce((mask, b, i) => (b === id ? mask | (1 << i) : mask), 0));
  const m = members.length;
  const f = factorials(n);
  const shares = new Float64Array(n);
  for (let k = 0; k < m; k++) {
    const own = members[k]!;
    const p = popcount(own);
    const others = members.filter((_, j) => j !== k);
    for (let i = 0; i < n; i++) {
      if (!((own >>> i) & 1)) continue;
      const mates = own & ~(1 << i);
      let share = 0;
      // Every set H of other blocs, by the bits of h over `others`.
      for (let hBits = 0; hBits < 1 << others.length; hBits++) {
        let q = 0;
        for (let j = 0; j < others.length; j++) if ((hBits >>> j) & 1) q |= others[j]!;
        const h = popcount(hBits);
        const blocWeight = (f[h]! * f[m - h - 1]!) / f[m]!;
        // Every subset T of the authority's bloc mates.
        for (let t = mates; ; t = (t - 1) & mates) {
          const size = popcount(t);
          const weight = blocWeight * ((f[size]! * f[p - size - 1]!) / f[p]!);
          const before = q | t;
          share += weight * (values[before | (1 << i)]! - values[before]!);
          if (t === 0) break;
        }
      }
      shares[i] = share;
    }
  }
  return shares;
}

/** The Banzhaf value, normalised to add up to the joint value; BANZHAF_UNDEFINED when it cannot be. */
export function banzhafValue(game: Game): Float64Array {
  const n = game.players.length;
  const values = tabulate(game);
  const full = fullMask(n);
  const raw = new Float64Array(n);
  for (let mask = 0; mask <= full; mask++) {
    const v = values[mask]!;
    // v(S) enters with + for each member i of S (as S∪i with S∖i before it) and with − for each non-member.
    for (let i = 0; i < n; i++) raw[i] = raw[i]! + ((mask >>> i) & 1 ? v : -v);
  }
  const scale = 2 ** (n - 1);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    raw[i] = raw[i]! / scale;
    sum += raw[i]!;
  }
  const total = values[full]!;
  const tolerance = toleranceFor(valueScale(game));
  if (Math.abs(sum) <= tolerance) {
    // Nothing to scale by: the shares stand only if there is nothing to add up to either.
    if (Math.abs(total) <= tolerance) return raw;
    throw costSharingErrors.banzhafUndefined();
  }
  return raw.map((b) => (b * total) / sum);
}
