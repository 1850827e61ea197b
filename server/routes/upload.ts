import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { acceptDocument } from '../accept';
import { summaryText } from '../derived';
import { canonicalJson, sha256Hex } from '../canonical';
import { ProtocolError, sendError } from '../errors';
import type { ReviewStore } from '../storage/types';

type RevisionParams = { Params: { reviewId: string; revision: string } };

/**
 * PUT {base}/reviews/{reviewId}/revisions/{revision}. The path is the
 * idempotency key: a retry of a stored upload gets the first receipt back.
 */
export function registerUpload(app: FastifyInstance, store: ReviewStore): void {
	app.put<RevisionParams>('/reviews/:reviewId/revisions/:revision', async (request, reply) => {
		const revision = parseRevision(request.params.revision);
		if (request.body === undefined || request.body === null) {
			throw new ProtocolError(400, 'bad-request', 'the body is missing');
		}
		const verdict = acceptDocument(request.body, { reviewId: request.params.reviewId, revision });
		if (!verdict.ok) throw new ProtocolError(verdict.status, verdict.code, verdict.message, { issues: verdict.issues });

		const { document, serverTotals, totalsMatch, derived } = verdict;
		// The hash and the stored text are of the body as sent (not as parsed), so additive fields survive.
		const documentJson = canonicalJson(request.body);
		const result = await store.putRevision({
			reviewId: document.id,
			revision: document.revision,
			hash: sha256Hex(documentJson),
			documentJson,
			clientTotals: document.totals,
			serverTotals,
			totalsMatch,
			summary: { service: summaryText(document.meta.service), organisation: summaryText(document.meta.organisation), startDate: document.meta.startDate },
			derived,
			receiptId: randomUUID(),
			storedAt: new Date().toISOString()
		});
		// Flagged, not refused (docs/protocol.md, "Personal data"): a count, never the codes, and derived
		// from the body, so a retry gets the same flag as the first upload.
		const personalData = { identityCodes: derived.personalData.identityCodes };
		switch (result.kind) {
			case 'stored':
				return reply.code(201).send({ ...result.receipt, personalData });
			case 'duplicate':
				return reply.code(200).send({ ...result.receipt, personalData });
			case 'newer-exists':
				return sendError(reply, 409, 'newer-revision', `revision ${result.latestRevision} of this review is already stored`, {
					latestRevision: result.latestRevision
				});
			case 'mismatch':
				return sendError(reply, 409, 'revision-mismatch', `revision ${revision} of this review is already stored with different content`);
		}
	});
}

export function parseRevision(text: string): number {
	if (!/^[1-9]\d{0,8}$/.test(text)) throw new ProtocolError(400, 'bad-request', 'the revision in the path must be a positive integer');
	return Number(text);
}
