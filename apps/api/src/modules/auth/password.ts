import { type Algorithm, hash, verify } from '@node-rs/argon2';

// The library's Algorithm is a const enum, which isolated modules cannot read at runtime.
const ARGON2ID: Algorithm.Argon2id = 2;

/**
 * argon2id at OWASP's recommended minimum (Password Storage Cheat Sheet):
 * 19 MiB of memory, 2 iterations, 1 degree of parallelism.
 */
const OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let decoy: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. Without a hash (unknown email) it still does the
 * same work against a decoy, so response time does not tell which emails have accounts.
 */
export async function verifyPassword(storedHash: string | undefined, password: string) {
  if (storedHash === undefined) {
    decoy ??= hashPassword('decoy password for unknown accounts');
    await verify(await decoy, password);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    // A malformed stored hash is a failed login, never a 500 that reveals the account exists.
    return false;
  }
}
