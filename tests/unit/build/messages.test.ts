import { describe, expect, it } from 'vitest';
import { messageKey, namedKeys } from '../../../scripts/build/messages';

describe('which message keys code names', () => {
	it.each([
		['m.key', 'x = m.app_name();', 'app_name', true],
		['m[‘a.b’]', "m['lock.screen.title']()", 'lock.screen.title', true],
		['m[“a.b”] (as a minifier writes it)', 'm["lock.screen.title"]()', 'lock.screen.title', true],
		['a template literal', 'm[`list.empty`]()', 'list.empty', true],
		['a quoted key among others', `f('a', "list.empty", 'b')`, 'list.empty', true],
		['a longer key that starts the same', "m['list.empty.title']()", 'list.empty', false],
		['a member of another object', 'item.app_name()', 'app_name', false],
		['m. with a longer name', 'm.app_names()', 'app_name', false],
		['the bare word, unquoted', 'const list = 1; list.empty', 'list.empty', false]
	])('%s: %s names %s → %s', (_what, code, key, named) => {
		expect(namedKeys(code).has(key)).toBe(named);
	});

	it.each([
		['a key with dots', 'const f = () => 1;\nexport { f as "lock.screen.title" }', 'lock.screen.title'],
		['a plain name', 'const app_name = () => 1;\nexport { app_name }', 'app_name'],
		['not a message module', 'export default 1', null]
	])('the key a message module exports (%s)', (_what, code, key) => {
		expect(messageKey(code)).toBe(key);
	});
});
