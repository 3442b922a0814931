import { createHash, randomBytes } from 'node:crypto';

/**
 * The one-time token of an end survey: 32 random bytes, base64url (43 characters). Only its
 * SHA-256 is kept, so the table never holds what opens the survey; the token is random
 * enough that a fast hash is safe, unlike a password.
 */
export function newSurveyToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSurveyToken(token) };
}

export const hashSurveyToken = (token: string) => createHash('sha256').update(token).digest('hex');
