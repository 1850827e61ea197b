import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionSigner } from '../../../server/dashboard/session';
import { READ_TOKEN, startReceiver, type Receiver } from './harness';

/** Dashboard sessions that survive a restart, and the sign-in rate limit, over real HTTP. */
// Some cases start three receivers; on a loaded 2-core machine that alone can pass 5 s.
vi.setConfig({ testTimeout: 30_000 });
const open: Receiver[] = [];
afterEach(async () => {
	await Promise.all(open.splice(0).map((r) => r.close()));
});

async function receiver(overrides: Parameters<typeof startReceiver>[0] = {}) {
	const r = await startReceiver(overrides);
	open.push(r);
	return r;
}

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(';')[0]!).join('; ');

async function signIn(origin: string, token: string, headers: Record<string, string> = {}) {
	const form = await fetch(`${origin}/dashboard/sign-in`);
	const csrf = /name="csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
	return fetch(`${origin}/dashboard/sign-in`, {
		method: 'POST',
		redirect: 'manual',
		headers: { cookie: cookiesOf(form), ...headers },
		body: new URLSearchParams({ csrf, token })
	});
}

const servicesStatus = async (origin: string, cookie: string) =>
	(await fetch(`${origin}/dashboard/services`, { redirect: 'manual', headers: { cookie } })).status;

describe('dashboard sessions', () => {
	it('survive a restart of the receiver with the same session secret, and end with another secret', async () => {
		const secret = randomBytes(32);
		const first = await receiver({ sessionSecret: secret });
		const cookie = cookiesOf(await signIn(first.origin, READ_TOKEN));
		expect(await servicesStatus(first.origin, cookie)).toBe(200);
		await first.close();
		open.splice(0);

		const restarted = await receiver({ sessionSecret: secret });
		expect(await servicesStatus(restarted.origin, cookie)).toBe(200);
		const other = await receiver({ sessionSecret: randomBytes(32) });
		expect(await servicesStatus(other.origin, cookie)).toBe(303);
	});

	it('end when the token that signed in is no longer granted', async () => {
		const secret = randomBytes(32);
		const first = await receiver({ sessionSecret: secret });
		const cookie = cookiesOf(await signIn(first.origin, READ_TOKEN));
		const revoked = await receiver({ sessionSecret: secret, tokens: [{ token: 'another-reader-token', canWrite: false }] });
		expect(await servicesStatus(revoked.origin, cookie)).toBe(303);
	});

	it('refuse a cookie whose expiry or grant was edited, and one that was signed out', async () => {
		const r = await receiver();
		const cookie = cookiesOf(await signIn(r.origin, READ_TOKEN));
		const [name, value] = cookie.split('=') as [string, string];
		const parts = value.split('.');
		const later = [...parts];
		later[2] = String(Number(parts[2]) + 86_400_000);
		expect(await servicesStatus(r.origin, `${name}=${later.join('.')}`)).toBe(303);
		const page = await (await fetch(`${r.origin}/dashboard/services`, { headers: { cookie } })).text();
		const csrf = /name="csrf" value="([^"]+)"/.exec(page)![1]!;
		expect((await fetch(`${r.origin}/dashboard/sign-out`, { method: 'POST', redirect: 'manual', headers: { cookie }, body: new URLSearchParams({ csrf }) })).status).toBe(303);
		expect(await servicesStatus(r.origin, cookie)).toBe(303);
	});

	it('expire after eight hours, by the clock in the cookie', () => {
		const signer = new SessionSigner(randomBytes(32), () => true);
		const { value } = signer.create(1_000, 'k');
		expect(signer.get(value, 1_000 + 8 * 3600_000 - 1)).not.toBeNull();
		expect(signer.get(value, 1_000 + 8 * 3600_000)).toBeNull();
		expect(() => new SessionSigner(randomBytes(16), () => true)).toThrow(/32 bytes/);
	});
});

describe('the sign-in rate limit', () => {
	it('answers 429 with Retry-After after the budget of one address, whether the token is right or wrong', async () => {
		const r = await receiver({ signInLimit: { perAddress: { max: 3, windowMs: 60_000 }, overall: { max: 100, windowMs: 60_000 } } });
		expect((await signIn(r.origin, 'wrong-1')).status).toBe(401);
		expect((await signIn(r.origin, 'wrong-2')).status).toBe(401);
		expect((await signIn(r.origin, READ_TOKEN)).status).toBe(303);
		const refused = await signIn(r.origin, READ_TOKEN);
		expect(refused.status).toBe(429);
		expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
		expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
		expect(await refused.text()).toMatch(/Liian monta kirjautumisyritystä\. Yritä uudelleen \d+ sekunnin kuluttua\./);
		expect(refused.headers.getSetCookie().join()).not.toContain('laatuarvio_session');
	});

	it('limits all addresses together, and keeps addresses apart behind a trusted proxy', async () => {
		const r = await receiver({ trustProxy: true, signInLimit: { perAddress: { max: 2, windowMs: 60_000 }, overall: { max: 4, windowMs: 60_000 } } });
		const from = (address: string) => ({ 'x-forwarded-for': address });
		expect((await signIn(r.origin, 'wrong', from('192.0.2.1'))).status).toBe(401);
		expect((await signIn(r.origin, 'wrong', from('192.0.2.1'))).status).toBe(401);
		expect((await signIn(r.origin, 'wrong', from('192.0.2.1'))).status).toBe(429);
		expect((await signIn(r.origin, 'wrong', from('192.0.2.2'))).status).toBe(401);
		// Four attempts counted in all (the refused one included): the fifth from a fresh address is refused too.
		expect((await signIn(r.origin, READ_TOKEN, from('192.0.2.3'))).status).toBe(429);
	});
});
