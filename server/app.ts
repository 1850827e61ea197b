import cors from '@fastify/cors';
import Fastify, { type FastifyInstance } from 'fastify';
import { exceedsJsonDepth, MAX_JSON_DEPTH } from './json-depth';
import { randomBytes } from 'node:crypto';
import { DEFAULT_SIGN_IN_LIMIT, registerDashboard, type SignInLimit } from './dashboard/routes';
import { SessionSigner } from './dashboard/session';
import { createAuthenticator, grantKey, type Caller, type TokenGrant } from './auth';
import { handleError, ProtocolError, sendError } from './errors';
import { registerFaultHooks, registerFaultRoutes, type FaultInjector } from './faults';
import { createRateLimiter, type RateLimit } from './rate-limit';
import { registerReads } from './routes/read';
import { registerUpload } from './routes/upload';
import type { ReviewStore } from './storage/types';

export type ReceiverOptions = {
	storage: ReviewStore;
	tokens: TokenGrant[];
	/** Origins of the app allowed to call from a browser, e.g. 'https://laatuarvio.example.fi'. */
	allowedOrigins: string[];
	/** Bytes; default 2 MiB. */
	bodyLimit?: number;
	faults?: FaultInjector | null;
	/** Fastify's request log; off by default. Never logs bodies; the Authorization header is redacted. */
	logger?: boolean;
	/** Where log lines go when `logger` is on (tests capture them); stdout otherwise. */
	logStream?: { write(line: string): void };
	/** Requests per token per window; default 600 a minute. null turns the limit off. */
	rateLimit?: RateLimit | null;
	/** The dashboard at /dashboard; on unless false. */
	dashboard?: boolean;
	/**
	 * Signs dashboard session cookies (≥ 32 bytes). The same secret across restarts keeps
	 * readers signed in; without one a random secret is made, and a restart signs everyone out.
	 */
	sessionSecret?: Buffer;
	/** Dashboard sign-in attempts per client address and in all; null turns the limit off (tests). */
	signInLimit?: SignInLimit | null;
	/** Fastify's trustProxy: set when a TLS proxy forwards requests, so the sign-in limit sees the client's address. */
	trustProxy?: boolean | string;
};

export const API_PREFIX = '/api/v1';
export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;
const DEFAULT_RATE_LIMIT: RateLimit = { max: 600, windowMs: 60_000 };

declare module 'fastify' {
	interface FastifyRequest {
		caller: Caller | null;
	}
}

/** What the log keeps of a request: never the query string, the headers or the body. */
export function requestForLog(request: { method: string; url: string; hostname?: string; ip?: string }) {
	return { method: request.method, url: redactQuery(request.url), hostname: request.hostname, remoteAddress: request.ip };
}

export function redactQuery(url: string): string {
	const mark = url.indexOf('?');
	return mark === -1 ? url : `${url.slice(0, mark)}?[redacted]`;
}

/** The reference receiver for protocol laatuarvio.upload/1 (docs/protocol.md). Call listen() on the result. */
export function buildReceiver(options: ReceiverOptions): FastifyInstance {
	const { storage, faults = null } = options;
	const app = Fastify({
		logger: options.logger
			? {
					level: 'info',
					redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
					// A query string can carry a token (?access_token=…) or other secrets: the log keeps the path only.
					serializers: { req: requestForLog },
					...(options.logStream ? { stream: options.logStream } : {})
				}
			: false,
		bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
		requestTimeout: 60_000,
		trustProxy: options.trustProxy ?? false
	});

	app.register(cors, {
		origin: options.allowedOrigins,
		methods: ['GET', 'PUT', 'OPTIONS'],
		allowedHeaders: ['Authorization', 'Content-Type'],
		exposedHeaders: ['Retry-After'],
		maxAge: 600
	});

	// One JSON parser of our own: malformed JSON must be a protocol 400 whose message never quotes the body.
	app.removeAllContentTypeParsers();
	app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
		// Depth first, by a linear scan: everything after the parse (zod, canonicalJson) walks the tree.
		if (exceedsJsonDepth(body as string)) {
			done(new ProtocolError(400, 'too-deep', `the body nests objects or arrays deeper than ${MAX_JSON_DEPTH} levels`), undefined);
			return;
		}
		try {
			done(null, JSON.parse(body as string));
		} catch {
			done(new ProtocolError(400, 'bad-request', 'the body is not valid JSON'), undefined);
		}
	});
	app.setErrorHandler(handleError);
	app.setNotFoundHandler((_request, reply) => sendError(reply, 404, 'not-found', 'no such endpoint'));

	// For process supervisors and test runners: no token, and nothing about the data.
	app.get('/healthz', async () => ({ ok: true }));
	if (faults) registerFaultRoutes(app, faults, storage);

	const authenticate = createAuthenticator(options.tokens);
	// The organisation's read-only pages (server/dashboard/README.md), signed in with a token, kept by a session cookie.
	if (options.dashboard !== false) {
		const granted = new Set(options.tokens.map((g) => grantKey(g.token)));
		registerDashboard(app, storage, authenticate, {
			signer: new SessionSigner(options.sessionSecret ?? randomBytes(32), (key) => granted.has(key)),
			signInLimit: options.signInLimit === undefined ? DEFAULT_SIGN_IN_LIMIT : options.signInLimit
		});
	}
	const rateLimit = options.rateLimit === null ? null : createRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT);
	app.register(
		async (api) => {
			if (faults) registerFaultHooks(api, faults);
			api.decorateRequest('caller', null);
			api.addHook('onRequest', async (request, reply) => {
				const caller = authenticate(request.headers.authorization);
				if (caller.kind !== 'ok') {
					reply.header('WWW-Authenticate', 'Bearer');
					const message = caller.kind === 'missing' ? 'a bearer token is required' : 'the token is not valid';
					return sendError(reply, 401, 'unauthorized', message);
				}
				request.caller = caller;
				const verdict = rateLimit?.(caller.key, Date.now());
				if (verdict && !verdict.ok) {
					reply.header('Retry-After', String(verdict.retryAfterSeconds));
					return sendError(reply, 429, 'rate-limited', 'too many requests; retry later');
				}
				// Write permission is a hook of its own so read-only tokens (auditors, dashboards) need no other code.
				if (request.method === 'PUT' && !caller.canWrite) {
					return sendError(reply, 403, 'forbidden', 'this token may read but not upload');
				}
			});
			registerReads(api, storage);
			registerUpload(api, storage);
		},
		{ prefix: API_PREFIX }
	);
	return app;
}
