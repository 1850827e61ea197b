import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';
import { sendError } from './errors';
import type { ReviewStore } from './storage/types';

/**
 * Fault injection for tests of the app's outbox against a real receiver. It
 * exists only when main.ts is started with RECEIVER_FAULTS=1 (never in
 * production): the routes below are not registered otherwise.
 *
 * A plan applies to the next `count` PUT requests, then the receiver behaves
 * normally again. Every PUT is logged so a test can count the attempts. A plan
 * with a `reviewId` applies only to uploads of that review: browser tests run in
 * parallel against one receiver, and an upload from another test must not take a
 * fault meant for this one (it did: a delayed upload went through at once).
 */
export const FaultPlan = z.object({
	mode: z.enum(['fail', 'delay', 'rate-limit', 'close', 'drop-after-commit']),
	count: z.int().check(z.gte(1), z.lte(1000)),
	status: z.optional(z.int().check(z.gte(400), z.lte(599))),
	delayMs: z.optional(z.int().check(z.gte(0), z.lte(120_000))),
	retryAfterSeconds: z.optional(z.int().check(z.gte(0), z.lte(86_400))),
	reviewId: z.optional(z.string().check(z.minLength(1), z.maxLength(200)))
});
export type FaultPlan = z.infer<typeof FaultPlan>;
type Mode = FaultPlan['mode'];

/** One PUT as seen; status null = the connection was cut without a reply. */
export type Attempt = { method: string; path: string; status: number | null; ms: number; fault: Mode | null };

export class FaultInjector {
	/** Armed plans by review id ('' for a plan that takes any upload), each with the uploads it has left. */
	#plans = new Map<string, { plan: FaultPlan; remaining: number }>();
	#log: Attempt[] = [];

	/** Replaces the plan for the same review (or the unscoped one); plans for other reviews stay armed. */
	arm(plan: FaultPlan): void {
		this.#plans.set(plan.reviewId ?? '', { plan, remaining: plan.count });
	}

	disarm(): void {
		this.#plans.clear();
	}

	/** The plan for the PUT of `path` now arriving: its review's own first, else the unscoped one; used up one request at a time. */
	take(path: string): FaultPlan | null {
		const key = [...this.#plans.keys()].find((id) => id !== '' && path.includes(`/reviews/${id}/`)) ?? '';
		const armed = this.#plans.get(key);
		if (!armed) return null;
		armed.remaining -= 1;
		if (armed.remaining <= 0) this.#plans.delete(key);
		return armed.plan;
	}

	record(attempt: Attempt): Attempt {
		this.#log.push(attempt);
		return attempt;
	}

	get log(): readonly Attempt[] {
		return this.#log;
	}

	clearLog(): void {
		this.#log = [];
	}
}

/** Control routes, at the server root (outside {base}), without authentication. */
export function registerFaultRoutes(app: FastifyInstance, faults: FaultInjector, store: ReviewStore): void {
	app.post('/__faults', async (request, reply) => {
		const plan = FaultPlan.safeParse(request.body);
		if (!plan.success) return sendError(reply, 400, 'bad-request', 'not a fault plan');
		faults.arm(plan.data);
		return { armed: plan.data };
	});
	app.delete('/__faults', async () => {
		faults.disarm();
		return { armed: null };
	});
	app.get('/__faults/log', async () => ({ attempts: faults.log }));
	app.post('/__reset', async () => {
		faults.disarm();
		faults.clearLog();
		await store.clear();
		return { reset: true };
	});
}

type Seen = { attempt: Attempt; started: number; plan: FaultPlan | null; cut: boolean };

/** Hooks for the API scope: they run before authentication, as a real outage would. */
export function registerFaultHooks(app: FastifyInstance, faults: FaultInjector): void {
	const seenBy = new WeakMap<FastifyRequest, Seen>();
	const cut = (request: FastifyRequest, seen: Seen) => {
		seen.cut = true;
		seen.attempt.ms = Math.round(performance.now() - seen.started);
		request.raw.socket?.destroy();
	};

	app.addHook('onRequest', async (request, reply) => {
		if (request.method !== 'PUT') return;
		const plan = faults.take(request.url);
		const attempt = faults.record({ method: request.method, path: request.url, status: null, ms: 0, fault: plan?.mode ?? null });
		const seen: Seen = { attempt, started: performance.now(), plan, cut: false };
		seenBy.set(request, seen);
		switch (plan?.mode) {
			case 'fail':
				return sendError(reply, plan.status ?? 503, 'server-error', 'injected failure');
			case 'rate-limit':
				reply.header('Retry-After', String(plan.retryAfterSeconds ?? 1));
				return sendError(reply, plan.status ?? 429, 'rate-limited', 'injected rate limit');
			case 'delay':
				await new Promise((resolve) => setTimeout(resolve, plan.delayMs ?? 1000));
				return;
			case 'close':
				reply.hijack();
				cut(request, seen);
				return reply;
			default:
				return; // none, or drop-after-commit: the handler stores and onSend cuts the reply
		}
	});
	app.addHook('onSend', async (request, reply, payload) => {
		const seen = seenBy.get(request);
		// Only a successful store is dropped: the point is a commit the client never hears about.
		if (seen?.plan?.mode === 'drop-after-commit' && reply.statusCode < 300) cut(request, seen);
		return payload;
	});
	app.addHook('onResponse', async (request, reply) => {
		const seen = seenBy.get(request);
		if (!seen || seen.cut) return;
		seen.attempt.status = reply.statusCode;
		seen.attempt.ms = Math.round(performance.now() - seen.started);
	});
}
