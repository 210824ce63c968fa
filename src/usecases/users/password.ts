import { hash, verify } from '@node-rs/argon2';

/**
 * Passwords are hashed with argon2id (OWASP's first choice) with its recommended minimum
 * cost: 19 MiB of memory, 2 iterations, 1 lane.
 */
/** `Algorithm.Argon2id` is an ambient const enum, which isolated modules cannot read: its value is 2. */
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** The argon2id hash of a password, in PHC string form. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Whether `password` matches `passwordHash`; false (never a throw) for a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
