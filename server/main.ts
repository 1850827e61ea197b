import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { API_PREFIX, buildReceiver } from './app';
import type { TokenGrant } from './auth';
import { FaultInjector } from './faults';
import { DEFAULT_POOL, openPostgresStore } from './storage/postgres';
import { openSqliteStore } from './storage/sqlite';
import type { ReviewStore } from './storage/types';

/**
 * Starts the reference receiver from environment variables (server/README.md).
 * Run with `npx tsx server/main.ts`.
 */
const env = process.env;
const production = env.NODE_ENV === 'production';
const READ_ONLY = 'readonly:';

function list(value: string | undefined): string[] {
	return (value ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
}

function fail(message: string): never {
	console.error(`receiver: ${message}`);
	process.exit(1);
}

/** RECEIVER_TOKENS: "token" may upload and read, "readonly:token" may only read. */
function tokenGrants(): TokenGrant[] {
	const grants = list(env.RECEIVER_TOKENS).map((entry) =>
		entry.startsWith(READ_ONLY) ? { token: entry.slice(READ_ONLY.length), canWrite: false } : { token: entry, canWrite: true }
	);
	if (grants.some((g) => g.token === '')) fail('RECEIVER_TOKENS has an empty token');
	if (grants.length > 0) return grants;
	if (production) fail('RECEIVER_TOKENS is required when NODE_ENV=production');
	// Never print the token itself: logs end up in places tokens should not.
	console.log('receiver: using the development token (see README)');
	return [{ token: 'dev-token', canWrite: true }];
}

const port = Number(env.RECEIVER_PORT ?? 8787);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail('RECEIVER_PORT must be a port number');
const host = env.RECEIVER_HOST ?? '127.0.0.1';
const dbPath = env.RECEIVER_DB ?? './data/receiver.sqlite';
const origins = env.RECEIVER_ORIGINS
	? list(env.RECEIVER_ORIGINS)
	: ['http://localhost:4173', 'http://127.0.0.1:4173', 'http://localhost:5173'];
const pgPool = Number(env.RECEIVER_PG_POOL ?? DEFAULT_POOL);
if (!Number.isInteger(pgPool) || pgPool < 1 || pgPool > 100) fail('RECEIVER_PG_POOL must be a whole number from 1 to 100');
const withFaults = env.RECEIVER_FAULTS === '1';
if (withFaults && production) fail('RECEIVER_FAULTS is refused when NODE_ENV=production');

/** A postgres:// URL selects PostgreSQL; anything else is a SQLite file. The URL is never printed (it may hold a password). */
async function openStore(): Promise<ReviewStore> {
	if (/^postgres(ql)?:\/\//i.test(dbPath)) {
		try {
			return await openPostgresStore(dbPath, { max: pgPool });
		} catch (error) {
			const code = (error as { code?: unknown }).code;
			fail(`could not open the PostgreSQL store${typeof code === 'string' ? ` (${code})` : ''}`);
		}
	}
	if (dbPath !== ':memory:') mkdirSync(dirname(dbPath), { recursive: true });
	return openSqliteStore(dbPath);
}

/**
 * RECEIVER_SESSION_SECRET (or a file named by RECEIVER_SESSION_SECRET_FILE) signs the dashboard's
 * session cookies, so readers stay signed in across restarts. Without it each start makes a
 * random one (a restart signs readers out). Never printed.
 */
function sessionSecret(): Buffer | undefined {
	const file = env.RECEIVER_SESSION_SECRET_FILE;
	const text = file ? readFileSync(file, 'utf8').trim() : env.RECEIVER_SESSION_SECRET;
	if (text === undefined || text === '') {
		console.log('receiver: no RECEIVER_SESSION_SECRET; a restart signs dashboard readers out (see server/README.md)');
		return undefined;
	}
	if (Buffer.byteLength(text, 'utf8') < 32) fail('RECEIVER_SESSION_SECRET must be at least 32 characters (openssl rand -base64 48)');
	return Buffer.from(text, 'utf8');
}

/** RECEIVER_TRUST_PROXY: "1" trusts X-Forwarded-For from any hop; otherwise a comma-separated list of proxy addresses. */
function trustProxy(): boolean | string {
	const value = env.RECEIVER_TRUST_PROXY ?? '';
	return value === '1' ? true : value === '' ? false : value;
}

const storage = await openStore();
const app = buildReceiver({
	storage,
	tokens: tokenGrants(),
	allowedOrigins: origins,
	faults: withFaults ? new FaultInjector() : null,
	logger: env.RECEIVER_LOG === '1',
	sessionSecret: sessionSecret(),
	trustProxy: trustProxy()
});

const stop = async () => {
	await app.close();
	await storage.close();
	process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

try {
	const address = await app.listen({ port, host });
	console.log(`receiver: listening on ${address}${API_PREFIX}${withFaults ? ' (fault injection ON)' : ''}`);
} catch (error) {
	fail(error instanceof Error ? error.message : 'could not start');
}
