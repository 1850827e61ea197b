import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Dashboard sessions as signed, expiring cookies, so a receiver restart (an
 * update, a crash) does not sign readers out. A sign-in with a valid token gives
 * `v1.<nonce>.<expires>.<grant>.<mac>`: a random nonce, the expiry (8 hours), the
 * key of the token used (a digest prefix, never the token), and an HMAC-SHA-256 of
 * those under the server's session secret. The cookie is HttpOnly, SameSite=Strict,
 * Secure unless the host is loopback. Each request checks the MAC, the expiry and
 * that the token is still granted, so removing a token from RECEIVER_TOKENS (and
 * restarting) ends its sessions. The CSRF secret is derived from the nonce.
 *
 * Signing out puts the nonce on a deny list until the cookie would expire; the list
 * is in memory, so a cookie copied before sign-out works again after a restart until
 * its expiry. That is the price of surviving restarts; server/README.md states it.
 */
export const SESSION_COOKIE = 'laatuarvio_session';
export const LOGIN_CSRF_COOKIE = 'laatuarvio_login';
export const SESSION_MS = 8 * 60 * 60 * 1000;

export type Session = { csrf: string; expires: number; nonce: string };

export class SessionSigner {
	#signedOut = new Map<string, number>();

	/** `secret`: at least 32 bytes; `granted(key)`: is the token with this key still accepted? */
	constructor(
		private readonly secret: Buffer,
		private readonly granted: (grantKey: string) => boolean
	) {
		if (secret.length < 32) throw new Error('the session secret must be at least 32 bytes');
	}

	create(now: number, grantKey: string): { value: string; session: Session } {
		const nonce = randomBytes(18).toString('base64url');
		const expires = now + SESSION_MS;
		const body = `v1.${nonce}.${expires}.${grantKey}`;
		return { value: `${body}.${this.#mac(body)}`, session: { nonce, expires, csrf: this.#mac(`csrf.${nonce}`) } };
	}

	get(value: string | undefined, now: number): Session | null {
		const parts = value?.split('.') ?? [];
		if (parts.length !== 5 || parts[0] !== 'v1') return null;
		const [, nonce, expiresText, grantKey, mac] = parts as [string, string, string, string, string];
		if (!sameSecret(mac, this.#mac(parts.slice(0, 4).join('.')))) return null;
		const expires = Number(expiresText);
		if (!Number.isSafeInteger(expires) || expires <= now || this.#signedOut.has(nonce) || !this.granted(grantKey)) return null;
		return { nonce, expires, csrf: this.#mac(`csrf.${nonce}`) };
	}

	signOut(session: Session, now: number): void {
		for (const [nonce, expires] of this.#signedOut) if (expires <= now) this.#signedOut.delete(nonce);
		this.#signedOut.set(session.nonce, session.expires);
	}

	#mac(text: string): string {
		return createHmac('sha256', this.secret).update(text, 'utf8').digest('base64url');
	}
}

export function newCsrfToken(): string {
	return randomBytes(24).toString('base64url');
}

export function sameSecret(a: string | undefined, b: string | undefined): boolean {
	if (!a || !b) return false;
	const [x, y] = [Buffer.from(a), Buffer.from(b)];
	return x.length === y.length && timingSafeEqual(x, y);
}

export function parseCookies(header: string | undefined): Record<string, string> {
	const out: Record<string, string> = Object.create(null);
	for (const part of (header ?? '').split(';')) {
		const eq = part.indexOf('=');
		if (eq > 0) out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
	}
	return out;
}

/** Secure everywhere except plain-http loopback development (a browser drops Secure cookies there). */
export function cookie(name: string, value: string, options: { hostname: string; maxAgeSeconds: number }): string {
	const loopback = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(options.hostname);
	return [
		`${name}=${value}`,
		'Path=/dashboard',
		'HttpOnly',
		'SameSite=Strict',
		`Max-Age=${options.maxAgeSeconds}`,
		...(loopback ? [] : ['Secure'])
	].join('; ');
}
