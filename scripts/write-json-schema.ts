import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as z from 'zod/mini';
import { FORMAT, FinishedReviewDocument } from '../src/lib/review/schema';

/**
 * Writes the published JSON Schema of an uploadable review from the one zod
 * schema. Run with `npx tsx scripts/write-json-schema.ts`; a unit test fails
 * when the committed file differs from what this would write now.
 *
 * The zod refinements (finished, totals present, every item scored) and the
 * receiver's edition checks cannot be written as JSON Schema; the file carries
 * the structure, and the receiver's validation is authoritative.
 */
export const SCHEMA_FILE = fileURLToPath(new URL('../static/schema/laatuarvio.review-1.schema.json', import.meta.url));

export function buildJsonSchema(): string {
	// 'input' describes what a sender may write: unknown keys are left open (additive fields are allowed).
	const generated = z.toJSONSchema(FinishedReviewDocument, { io: 'input', unrepresentable: 'any' });
	const { $schema, ...rest } = generated;
	const schema = {
		$schema,
		$id: 'urn:laatuarvio:schema:laatuarvio.review-1',
		title: `Laatuarvio review document (${FORMAT})`,
		description:
			'A finished fidelity review as uploaded to a receiver (protocol laatuarvio.upload/1, docs/protocol.md). ' +
			'Not expressed here, but enforced by the receiver: finishedAt and totals are not null, items is non-empty ' +
			'and every item has a score, the edition is known and the items are exactly its items.',
		...rest
	};
	return `${JSON.stringify(schema, null, '\t')}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	writeFileSync(SCHEMA_FILE, buildJsonSchema());
	console.log(`wrote ${SCHEMA_FILE}`);
}
