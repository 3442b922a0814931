import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A browser she has logged in from keeps a signed note of her account id (an httpOnly
 * cookie): while her account is locked after wrong passwords, that browser may still try.
 * It holds no name, email or token; it lets nobody in without her password.
 */
export const KNOWN_BROWSER_COOKIE = 'mb_browser';
export const KNOWN_BROWSER_DAYS = 365;

function mac(secret: string, userId: string): string {
  return createHmac('sha256', secret).update(`known-browser:${userId}`).digest('base64url');
}

export function knownBrowserNote(secret: string, userId: string): string {
  return `${userId}.${mac(secret, userId)}`;
}

/** The account id the note vouches for, or undefined for a missing or forged note. */
export function knownBrowserOf(secret: string, note: string | undefined): string | undefined {
  if (!note) return undefined;
  const dot = note.indexOf('.');
  if (dot < 1) return undefined;
  const userId = note.slice(0, dot);
  const given = Buffer.from(note.slice(dot + 1));
  const expected = Buffer.from(mac(secret, userId));
  return given.length === expected.length && timingSafeEqual(given, expected) ? userId : undefined;
}
