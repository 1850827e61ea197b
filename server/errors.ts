import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { StoreBusyError } from './storage/types';
import { errorBody, type ErrorCode, type Issue } from '../src/lib/sync/protocol';

/** A refusal that is part of the protocol: its status, code and message go to the client as they are. */
export class ProtocolError extends Error {
	constructor(
		readonly status: number,
		readonly code: ErrorCode,
		message: string,
		readonly extra: { issues?: Issue[]; latestRevision?: number } = {}
	) {
		super(message);
	}
}

export function sendError(
	reply: FastifyReply,
	status: number,
	code: ErrorCode,
	message: string,
	extra: { issues?: Issue[]; latestRevision?: number } = {}
): FastifyReply {
	return reply.code(status).type('application/json; charset=utf-8').send(errorBody(code, message, extra));
}

/** Fastify's own refusals, mapped to protocol errors. Their messages are replaced, never echoed. */
const FRAMEWORK: Record<string, [number, ErrorCode, string]> = {
	FST_ERR_CTP_BODY_TOO_LARGE: [413, 'too-large', 'the body is larger than this receiver accepts'],
	FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported-media-type', 'send the document as application/json'],
	FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'bad-request', 'the Content-Length does not match the body'],
	FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'bad-request', 'the body is empty']
};

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
	if (error instanceof ProtocolError) return sendError(reply, error.status, error.code, error.message, error.extra);
	if (error instanceof StoreBusyError) {
		// Retryable by the protocol (5xx); Retry-After tells the client how soon.
		reply.header('Retry-After', String(error.retryAfterSeconds));
		return sendError(reply, 503, 'unavailable', 'the receiver is busy; retry shortly');
	}
	const known = error.code ? FRAMEWORK[error.code] : undefined;
	if (known) return sendError(reply, ...known);
	const status = error.statusCode ?? 500;
	if (status >= 400 && status < 500) return sendError(reply, status, 'bad-request', 'the request could not be read');
	// Only the message and code: a stack or a cause could carry parts of the body.
	request.log.error({ code: error.code, message: error.message }, 'receiver fault');
	return sendError(reply, 500, 'server-error', 'the receiver failed; try again later');
}
