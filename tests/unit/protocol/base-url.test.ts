import { describe, expect, it } from 'vitest';
import { normalizeBaseUrl, revisionPath } from '../../../src/lib/sync/protocol';

describe('normalizeBaseUrl', () => {
	it.each([
		['https://kerays.example.fi/api/v1', 'https://kerays.example.fi/api/v1'],
		['  https://kerays.example.fi/api/v1/  ', 'https://kerays.example.fi/api/v1'],
		['https://kerays.example.fi/api/v1///', 'https://kerays.example.fi/api/v1'],
		['HTTPS://Kerays.Example.FI/api/v1', 'https://kerays.example.fi/api/v1'],
		['https://kerays.example.fi', 'https://kerays.example.fi'],
		['https://kerays.example.fi:8443/api/v1', 'https://kerays.example.fi:8443/api/v1'],
		['http://localhost:8787/api/v1', 'http://localhost:8787/api/v1'],
		['http://127.0.0.1:8787/api/v1/', 'http://127.0.0.1:8787/api/v1'],
		['http://[::1]:8787/api/v1', 'http://[::1]:8787/api/v1']
	])('accepts %s', (input, url) => {
		expect(normalizeBaseUrl(input)).toEqual({ ok: true, url });
	});

	it.each([
		['', 'empty'],
		['   ', 'empty'],
		['kerays.example.fi/api/v1', 'invalid'],
		['https://', 'invalid'],
		['ftp://kerays.example.fi/api/v1', 'unsupported-scheme'],
		['javascript:alert(1)', 'unsupported-scheme'],
		['localhost:8787/api/v1', 'unsupported-scheme'],
		['http://kerays.example.fi/api/v1', 'insecure'],
		['http://127.0.0.2:8787/api/v1', 'insecure'],
		['http://localhost.example.fi/api/v1', 'insecure'],
		['http://192.168.1.10:8787/api/v1', 'insecure'],
		['https://user:secret@kerays.example.fi/api/v1', 'has-credentials'],
		['https://kerays.example.fi/api/v1?token=x', 'has-query'],
		['https://kerays.example.fi/api/v1?', 'has-query'],
		['https://kerays.example.fi/api/v1#top', 'has-fragment'],
		['https://kerays.example.fi/api/v1#', 'has-fragment']
	])('refuses %j as %s', (input, reason) => {
		expect(normalizeBaseUrl(input)).toEqual({ ok: false, reason });
	});
});

describe('revisionPath', () => {
	it.each([
		['3f1c2a9e-7b4d-4c8e-9a2f-5d6e7f809a1b', 1, '/reviews/3f1c2a9e-7b4d-4c8e-9a2f-5d6e7f809a1b/revisions/1'],
		['a/b?c', 12, '/reviews/a%2Fb%3Fc/revisions/12']
	])('%s revision %i → %s', (id, revision, path) => {
		expect(revisionPath(id, revision)).toBe(path);
	});

	it.each([0, -1, 1.5, Number.NaN])('refuses revision %d', (revision) => {
		expect(() => revisionPath('x', revision)).toThrow(RangeError);
	});
});
