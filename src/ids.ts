import { randomBytes } from "node:crypto";
import { ulid } from "ulid";

const POOL_BYTES = 4096;
let pool = randomBytes(POOL_BYTES);
let next = 0;

/**
 * Cryptographic random numbers in [0, 1), drawn from a pooled buffer: one system call per 4 KiB.
 * The ulid package's default asks the system for each character, which made a request id cost
 * half a millisecond: half of what answering a refusal costs. A byte over 256 maps evenly onto
 * ulid's 32 characters.
 */
function pooledRandom(): number {
  if (next >= POOL_BYTES) {
    pool = randomBytes(POOL_BYTES);
    next = 0;
  }
  return (pool[next++] as number) / 256;
}

/** A ULID: 48 bits of time, then 80 random bits, Crockford base 32, sortable by time. */
export const newUlid = (at?: number): string => ulid(at, pooledRandom);
