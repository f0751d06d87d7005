/*
 * A straightforward exact Shapley value in C, the yardstick for the engine's TypeScript version.
 *
 * Usage: shapley FIXED SCALE EXPONENT Q1 Q2 … Qn
 * Game: c(S) = FIXED + SCALE · (Σ_{i∈S} Q_i)^EXPONENT for S ≠ ∅, c(∅) = 0 (the engine's power model).
 * It builds the table of all 2^n values, then sums marginal contributions weighted by
 * |S|!(n−|S|−1)!/n! over all coalitions S and players i ∉ S — the textbook O(n·2^n) double loop.
 * Prints: build_ms shapley_ms phi_1 … phi_n (milliseconds of CPU time)
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

/* CPU time of this process: the machine may be shared, and wall time would count the others. */
static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

int main(int argc, char **argv) {
  if (argc < 5) {
    fprintf(stderr, "usage: %s FIXED SCALE EXPONENT Q1 ... Qn\n", argv[0]);
    return 2;
  }
  double fixed = atof(argv[1]), scale = atof(argv[2]), exponent = atof(argv[3]);
  int n = argc - 4;
  double *q = malloc(n * sizeof(double));
  for (int i = 0; i < n; i++) q[i] = atof(argv[4 + i]);
  long size = 1L << n;

  double start = now_ms();
  double *v = malloc(size * sizeof(double));
  v[0] = 0;
  for (long mask = 1; mask < size; mask++) v[mask] = v[mask & (mask - 1)] + q[__builtin_ctzl(mask)];
  for (long mask = 1; mask < size; mask++) v[mask] = fixed + scale * pow(v[mask], exponent);
  double built = now_ms();

  double *w = malloc(n * sizeof(double)); /* w[s] = s!(n-s-1)!/n! */
  for (int s = 0; s < n; s++) {
    double x = 1.0 / n;
    for (int k = 1; k <= s; k++) x *= (double)k / (n - k);
    w[s] = x;
  }
  double *phi = calloc(n, sizeof(double));
  for (long mask = 0; mask < size; mask++) {
    int s = __builtin_popcountl(mask);
    for (int i = 0; i < n; i++) {
      if (!(mask & (1L << i))) phi[i] += w[s] * (v[mask | (1L << i)] - v[mask]);
    }
  }
  double done = now_ms();

  printf("%.3f %.3f", built - start, done - built);
  for (int i = 0; i < n; i++) printf(" %.10f", phi[i]);
  printf("\n");
  free(q);
  free(v);
  free(w);
  free(phi);
  return 0;
}
