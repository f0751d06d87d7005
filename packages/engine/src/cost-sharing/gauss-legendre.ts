/**
 * Gauss–Legendre quadrature on [0, 1] with m nodes: Σ weight·p(node) = ∫₀¹ p(t) dt exactly (to
 * round-off) for every polynomial p of degree below 2m. The nodes come in pairs t, 1 − t with
 * equal weights, the smaller first; m is even, so that no node is ½ and every node has its twin.
 * Each root of the Legendre polynomial P_m is found by Newton's method from Tricomi's estimate.
 */
export function gaussLegendre(m: number): { nodes: Float64Array; weights: Float64Array } {
  if (!(Number.isInteger(m) && m >= 2 && m % 2 === 0)) throw new RangeError(`Gauss–Legendre quadrature needs an even number of nodes, got ${m}`);
  const nodes = new Float64Array(m);
  const weights = new Float64Array(m);
  for (let i = 0; i < m / 2; i++) {
    let z = Math.cos((Math.PI * (i + 0.75)) / (m + 0.5));
    let derivative = legendre(m, z).derivative;
    for (let step = 0; step < 100; step++) {
      const next = z - legendre(m, z).value / derivative;
      const moved = Math.abs(next - z);
      z = next;
      derivative = legendre(m, z).derivative;
      if (moved <= 1e-16) break;
    }
    // z is the i-th largest root on [−1, 1]; t = (1 − z)/2 maps it into [0, ½), its twin is 1 − t.
    const weight = 1 / ((1 - z * z) * derivative * derivative);
    nodes[i] = (1 - z) / 2;
    nodes[m - 1 - i] = (1 + z) / 2;
    weights[i] = weights[m - 1 - i] = weight;
  }
  return { nodes, weights };
}

/** P_m(z) and P_m′(z) by the three-term recurrence. */
function legendre(m: number, z: number): { value: number; derivative: number } {
  let value = 1;
  let previous = 0;
  for (let j = 1; j <= m; j++) {
    const older = previous;
    previous = value;
    value = ((2 * j - 1) * z * previous - (j - 1) * older) / j;
  }
  return { value, derivative: (m * (z * value - previous)) / (z * z - 1) };
}
