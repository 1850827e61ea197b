import { randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Dashboard sessions, in memory: a sign-in with a valid token gives a random
 * session id in an HttpOnly, SameSite=Strict cookie (Secure unless the host is
 * loopback). The token itself is never stored, put in a URL or logged. Each
 * session carries a CSRF secret that every state-changing form repeats.
 * A restart signs everyone out, which is acceptable for a read-only view.
 */
export const SESSION_COOKIE = 'laatuarvio_session';
export const LOGIN_CSRF_COOKIE = 'laatuarvio_login';
const SESSION_MS = 8 * 60 * 60 * 1000;

export type Session = { csrf: string; expires: number };

export class SessionStore {
	#sessions = new Map<string, Session>();

	create(now: number): { id: string; session: Session } {
		const id = randomBytes(32).toString('base64url');
		const session = { csrf: randomBytes(24).toString('base64url'), expires: now + SESSION_MS };
		this.#sessions.set(id, session);
		return { id, session };
	}

	get(id: string | undefined, now: number): Session | null {
		if (!id) return null;
		const session = this.#sessions.get(id);
		if (!session) return null;
		if (session.expires <= now) {
			this.#sessions.delete(id);
			return null;
		}
		return session;
	}

	delete(id: string | undefined): void {
		if (id) this.#sessions.delete(id);
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
