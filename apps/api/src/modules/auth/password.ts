import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id (the library's default algorithm; its enum is a const enum that isolated
 * modules cannot import) at OWASP's recommended minimum, Password Storage Cheat Sheet:
 * 19 MiB of memory, 2 iterations, 1 degree of parallelism. A test pins the parameters.
 */
const OPTIONS = {
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
