/** Exit code 2: the input was refused and nothing changed. */
export class UsageError extends Error {}
