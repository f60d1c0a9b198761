// Property tests run on a fixed seed, so a failure found once is found again: FUZZ_SEED=<n> tries another
// seed, and fast-check's report names the seed and path of any failure.
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 15_062_025);

/** fast-check's parameters for a seeded run of `numRuns` cases. */
export const seeded = (numRuns: number) => ({ seed: FUZZ_SEED, numRuns });
