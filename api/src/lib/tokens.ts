import { hash, randomBytes } from 'node:crypto';

/** A random secret for session tokens, CSRF tokens and API keys: 256 bits, URL-safe. */
export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');

/**
 * Tokens are high-entropy, so a plain SHA-256 is the right way to store them: it is fast to look up and
 * cannot be reversed. (Passwords, which are not high-entropy, use argon2id instead.)
 */
export const tokenHash = (token: string) => hash('sha256', token, 'hex');
