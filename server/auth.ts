import { createHash, timingSafeEqual } from 'node:crypto';

export type TokenGrant = { token: string; canWrite: boolean };

export type Caller =
	| { kind: 'missing' }
	| { kind: 'invalid' }
	/** `key` identifies the token (for rate limits) without being the token. */
	| { kind: 'ok'; canWrite: boolean; key: string };

/**
 * Bearer tokens compared as sha256 digests with a constant-time comparison over
 * every grant, so neither the timing nor an early exit tells how close a guess was.
 */
export function createAuthenticator(grants: readonly TokenGrant[]): (authorization: string | undefined) => Caller {
	if (grants.some((g) => g.token.trim() === '')) throw new Error('empty receiver token');
	const known = grants.map((g) => ({ digest: digest(g.token), canWrite: g.canWrite }));
	return (authorization) => {
		const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
		if (!match?.[1]) return { kind: authorization ? 'invalid' : 'missing' };
		const offered = digest(match[1]);
		let found: { digest: Buffer; canWrite: boolean } | null = null;
		for (const grant of known) if (timingSafeEqual(grant.digest, offered) && !found) found = grant;
		return found ? { kind: 'ok', canWrite: found.canWrite, key: keyOf(found.digest) } : { kind: 'invalid' };
	};
}

/** Names a token (rate limits, dashboard sessions) without being it: a prefix of its digest. */
export function grantKey(token: string): string {
	return keyOf(digest(token));
}

const keyOf = (d: Buffer) => d.toString('hex').slice(0, 16);

function digest(token: string): Buffer {
	return createHash('sha256').update(token, 'utf8').digest();
}
