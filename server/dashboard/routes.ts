import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LATEST_EDITION_ID } from '../../src/lib/instrument/index';
import type { Caller } from '../auth';
import type { ReviewStore } from '../storage/types';
import { getEdition } from '../../src/lib/instrument/index';
import { parseFinishedAnyFormat } from '../../src/lib/review/migrate';
import { groupServices, heatMap, serviceKey } from './data';
import { longTable, toCsv, toXlsx, wideTable } from './exports';
import type { SafeHtml } from './html';
import { criteriaPage, exportsPage, notFoundPage, servicePage, servicesPage, signInPage, type SignInProblem } from './pages';
import { reviewPage } from './report-page';
import { summaryText } from '../derived';
import type { RateLimit } from '../rate-limit';
import { createRateLimiter } from '../rate-limit';
import { cookie, LOGIN_CSRF_COOKIE, newCsrfToken, parseCookies, SESSION_COOKIE, SESSION_MS, sameSecret, type Session, type SessionSigner } from './session';
import { langOf, type Lang } from './strings';

/**
 * The organisation's dashboard at /dashboard: reading only. Sign-in takes any
 * token the receiver accepts (read-only tokens are meant for it) in a form POST;
 * everything else needs the session cookie. Routes talk only to ReviewStore.
 */
export type SignInLimit = { perAddress: RateLimit; overall: RateLimit };

/** Sign-in attempts (right or wrong): 10 a minute from one address, 100 a minute in all. */
export const DEFAULT_SIGN_IN_LIMIT: SignInLimit = { perAddress: { max: 10, windowMs: 60_000 }, overall: { max: 100, windowMs: 60_000 } };

export type DashboardOptions = { signer: SessionSigner; signInLimit: SignInLimit | null };

export function registerDashboard(
	app: FastifyInstance,
	store: ReviewStore,
	authenticate: (authorization: string | undefined) => Caller,
	{ signer, signInLimit }: DashboardOptions
): void {
	const perAddress = signInLimit && createRateLimiter(signInLimit.perAddress);
	const overall = signInLimit && createRateLimiter(signInLimit.overall);
	app.register(
		async (dash) => {
			dash.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 4096 }, (_req, body, done) => {
				done(null, Object.fromEntries(new URLSearchParams(body as string)));
			});
			dash.addHook('onSend', async (_request, reply, payload) => {
				reply.header('Cache-Control', 'no-store');
				reply.header('X-Content-Type-Options', 'nosniff');
				reply.header('Referrer-Policy', 'no-referrer');
				reply.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
				return payload;
			});

			const langFor = (request: FastifyRequest) => langOf((request.query as Record<string, unknown>)?.lang);
			const page = (reply: FastifyReply, body: SafeHtml, status = 200) => reply.code(status).type('text/html; charset=utf-8').send(body.text);
			const showSignIn = (request: FastifyRequest, reply: FastifyReply, problem: SignInProblem | null, status = 200) => {
				const loginCsrf = newCsrfToken();
				reply.header('Set-Cookie', cookie(LOGIN_CSRF_COOKIE, loginCsrf, { hostname: request.hostname, maxAgeSeconds: 3600 }));
				return page(reply, signInPage(langFor(request), loginCsrf, problem), status);
			};
			/** Every attempt counts, right or wrong: guessing is slowed per address, and a spread-out guess by the overall budget. */
			const signInRefusal = (request: FastifyRequest, now: number): number | null => {
				for (const verdict of [perAddress?.(request.ip, now), overall?.('all', now)]) {
					if (verdict && !verdict.ok) return verdict.retryAfterSeconds;
				}
				return null;
			};
			/** The session of a signed-in reader, or null after redirecting to the sign-in page. */
			const sessionOf = (request: FastifyRequest, reply: FastifyReply): Session | null => {
				const session = signer.get(parseCookies(request.headers.cookie)[SESSION_COOKIE], Date.now());
				if (!session) void reply.redirect(`/dashboard/sign-in?lang=${langFor(request)}`, 303);
				return session;
			};

			dash.get('/', async (request, reply) => reply.redirect(`/dashboard/services?lang=${langFor(request)}`, 303));
			dash.get('/sign-in', async (request, reply) => showSignIn(request, reply, null));
			dash.post('/sign-in', async (request, reply) => {
				const retryAfter = signInRefusal(request, Date.now());
				if (retryAfter !== null) {
					reply.header('Retry-After', String(retryAfter));
					return showSignIn(request, reply, { kind: 'too-many', retryAfterSeconds: retryAfter }, 429);
				}
				const form = (request.body ?? {}) as Record<string, string>;
				if (!sameSecret(form.csrf, parseCookies(request.headers.cookie)[LOGIN_CSRF_COOKIE])) return showSignIn(request, reply, 'expired', 403);
				const caller = authenticate(`Bearer ${form.token ?? ''}`);
				if (caller.kind !== 'ok') return showSignIn(request, reply, 'wrong-token', 401);
				const { value } = signer.create(Date.now(), caller.key);
				reply.header('Set-Cookie', [
					cookie(SESSION_COOKIE, value, { hostname: request.hostname, maxAgeSeconds: SESSION_MS / 1000 }),
					cookie(LOGIN_CSRF_COOKIE, '', { hostname: request.hostname, maxAgeSeconds: 0 })
				]);
				return reply.redirect(`/dashboard/services?lang=${langFor(request)}`, 303);
			});
			dash.post('/sign-out', async (request, reply) => {
				const now = Date.now();
				const session = signer.get(parseCookies(request.headers.cookie)[SESSION_COOKIE], now);
				const form = (request.body ?? {}) as Record<string, string>;
				if (!session || !sameSecret(form.csrf, session.csrf)) return reply.code(403).type('text/plain').send('forbidden');
				signer.signOut(session, now);
				reply.header('Set-Cookie', cookie(SESSION_COOKIE, '', { hostname: request.hostname, maxAgeSeconds: 0 }));
				return reply.redirect('/dashboard/sign-in', 303);
			});

			// Every page but a review's report reads the stored summaries only: one query, no documents.
			const services = async () => groupServices(await store.list());

			const reader = (render: (lang: Lang, session: Session, request: FastifyRequest, reply: FastifyReply) => Promise<unknown>) =>
				async (request: FastifyRequest, reply: FastifyReply) => {
					const session = sessionOf(request, reply);
					if (!session) return reply;
					return render(langFor(request), session, request, reply);
				};

			dash.get('/services', reader(async (lang, s, _q, reply) => page(reply, servicesPage(lang, s.csrf, await services(), LATEST_EDITION_ID))));
			dash.get('/services/:key', reader(async (lang, s, request, reply) => {
				const key = (request.params as { key: string }).key;
				const service = (await services()).find((v) => v.key === key);
				if (!service) return page(reply, notFoundPage(lang, s.csrf), 404);
				return page(reply, servicePage(lang, s.csrf, service));
			}));
			dash.get('/reviews/:reviewId', reader(async (lang, s, request, reply) => {
				const record = await store.getLatest((request.params as { reviewId: string }).reviewId);
				// Format 1 is read as format 2, as the upload route accepts it.
				const parsed = record ? parseFinishedAnyFormat(record.document) : null;
				const edition = parsed?.success ? getEdition(parsed.data.edition) : undefined;
				if (!record || !parsed?.success || !edition) return page(reply, notFoundPage(lang, s.csrf), 404);
				const document = parsed.data;
				return page(reply, reviewPage(lang, s.csrf, {
					document, edition, storedAt: record.receipt.storedAt, agreement: record.agreement, personalData: record.personalData,
					serviceKey: serviceKey(summaryText(document.meta.organisation), summaryText(document.meta.service))
				}));
			}));
			dash.get('/criteria', reader(async (lang, s, _q, reply) => {
				// Latest review of each service scored on the current edition.
				const shownServices = (await services()).filter((v) => v.latest.edition === LATEST_EDITION_ID && v.latest.itemScores !== null);
				return page(reply, criteriaPage(lang, s.csrf, shownServices, heatMap(LATEST_EDITION_ID, shownServices.map((v) => v.latest))));
			}));
			dash.get('/exports', reader(async (lang, s, _q, reply) => page(reply, exportsPage(lang, s.csrf))));

			const allRows = () => store.list();
			const download = (reply: FastifyReply, name: string, type: string) =>
				reply.type(type).header('Content-Disposition', `attachment; filename="${name}"`);
			dash.get('/exports/reviews-wide.csv', reader(async (_l, _s, _q, reply) => download(reply, 'reviews-wide.csv', 'text/csv; charset=utf-8').send(toCsv(wideTable(await allRows())))));
			dash.get('/exports/reviews-long.csv', reader(async (_l, _s, _q, reply) => download(reply, 'reviews-long.csv', 'text/csv; charset=utf-8').send(toCsv(longTable(await allRows())))));
			dash.get('/exports/reviews.xlsx', reader(async (_l, _s, _q, reply) =>
				download(reply, 'reviews.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await toXlsx(await allRows()))));
		},
		{ prefix: '/dashboard' }
	);
}
