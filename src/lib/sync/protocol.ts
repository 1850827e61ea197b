/**
 * Upload protocol laatuarvio.upload/1 (docs/protocol.md), the one module both
 * the app and the reference receiver (server/) read it from. Pure: no fetch,
 * no Dexie, relative imports only, so Node can load it through tsx.
 */
export {
	PROTOCOL,
	ACCEPTED_FORMATS,
	Issue,
	Receipt,
	ErrorCode,
	ErrorBody,
	Ping,
	ReviewSummary,
	ReviewListing,
	StoredRevision,
	errorBody
} from './protocol/messages';
export { normalizeBaseUrl, revisionPath, type BaseUrlProblem, type BaseUrlResult } from './protocol/base-url';
export {
	classifyReply,
	networkFailure,
	parseRetryAfter,
	REFUSED_REDIRECT,
	UNSENDABLE_TOKEN,
	type ConnectionProblem,
	type UploadOutcome,
	type ReplyHeaders,
	type ExpectedReceipt
} from './protocol/classify';
export { checkToken, type TokenCheck, type TokenProblem } from './protocol/token';
export { classifyPing, type PingOutcome } from './protocol/ping';
