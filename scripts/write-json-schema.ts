import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as z from 'zod/mini';
import { FORMAT, FORMAT_1, FinishedReviewDocument, FinishedReviewDocumentV1 } from '../src/lib/review/schema';

/**
 * Writes the published JSON Schemas of an uploadable review, one per format the
 * receiver accepts, from the one zod schema. Run with `npx tsx scripts/write-json-schema.ts`;
 * a unit test fails when a committed file differs from what this would write now.
 *
 * The zod refinements (finished, totals present, every item scored, ratings locked and
 * agreed) and the receiver's edition checks cannot be written as JSON Schema; the files
 * carry the structure, and the receiver's validation is authoritative.
 */
const fileOf = (name: string) => fileURLToPath(new URL(`../static/schema/${name}.schema.json`, import.meta.url));

export const SCHEMA_FILES = {
	[FORMAT]: fileOf('laatuarvio.review-2'),
	[FORMAT_1]: fileOf('laatuarvio.review-1')
} as const;

const ENFORCED =
	'Not expressed here, but enforced by the receiver: finishedAt and totals are not null, items is non-empty ' +
	'and every item has a score, the edition is known and the items are exactly its items.';

export function buildJsonSchema(format: keyof typeof SCHEMA_FILES = FORMAT): string {
	const source = format === FORMAT ? FinishedReviewDocument : FinishedReviewDocumentV1;
	// 'input' describes what a sender may write: unknown keys are left open (additive fields are allowed).
	const generated = z.toJSONSchema(source, { io: 'input', unrepresentable: 'any' });
	const { $schema, ...rest } = generated;
	const id = format.replace('/', '-');
	const schema = {
		$schema,
		$id: `urn:laatuarvio:schema:${id}`,
		title: `Laatuarvio review document (${format})`,
		description:
			'A finished fidelity review as uploaded to a receiver (protocol laatuarvio.upload/1, docs/protocol.md). ' +
			ENFORCED +
			(format === FORMAT
				? ' With two ratings: both are locked (lockedAt and hash set) and every item has a consensus entry whose score equals the item score.'
				: ' Format 1 is superseded by format 2 and still accepted.'),
		...rest
	};
	return `${JSON.stringify(schema, null, '\t')}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	for (const [format, file] of Object.entries(SCHEMA_FILES)) {
		writeFileSync(file, buildJsonSchema(format as keyof typeof SCHEMA_FILES));
		console.log(`wrote ${file}`);
	}
}
