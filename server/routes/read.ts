import type { FastifyInstance } from 'fastify';
import { ACCEPTED_FORMATS, PROTOCOL, type Ping, type ReviewListing } from '../../src/lib/sync/protocol';
import { sendError } from '../errors';
import type { ReviewStore } from '../storage/types';
import { parseRevision } from './upload';

export const RECEIVER_INFO = { name: 'laatuarvio-reference-receiver', version: '1.0.0' } as const;

/** The reads: the app's "test connection", and the organisation's view of what arrived. */
export function registerReads(app: FastifyInstance, store: ReviewStore): void {
	app.get('/ping', async (request): Promise<Ping> => ({
		protocol: PROTOCOL,
		formats: [...ACCEPTED_FORMATS],
		authenticated: true,
		canWrite: request.caller?.kind === 'ok' && request.caller.canWrite,
		receiver: { ...RECEIVER_INFO }
	}));

	app.get('/reviews', async (): Promise<ReviewListing> => ({ reviews: await store.list() }));

	app.get<{ Params: { reviewId: string } }>('/reviews/:reviewId', async (request, reply) => {
		const record = await store.getLatest(request.params.reviewId);
		return record ?? sendError(reply, 404, 'not-found', 'no such review');
	});

	app.get<{ Params: { reviewId: string; revision: string } }>(
		'/reviews/:reviewId/revisions/:revision',
		async (request, reply) => {
			const record = await store.getRevision(request.params.reviewId, parseRevision(request.params.revision));
			return record ?? sendError(reply, 404, 'not-found', 'no such revision');
		}
	);
}
