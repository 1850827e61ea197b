/**
 * Serves the built app (build/) as a static host would: files as they are, and
 * index.html for any other path (the SPA fallback). Used by the start command and
 * the browser tests, which must run against the real build, not the dev server.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!, process.argv[i + 1] ?? '');
const root = resolve(args.get('--dir') ?? process.env.BUILD_DIR ?? 'build');
const port = Number(args.get('--port') ?? process.env.APP_PORT ?? 4173);
const host = args.get('--host') ?? '127.0.0.1';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8'
};

if (!existsSync(join(root, 'index.html'))) {
	console.error(`No build in ${root}: run "npm run build" first.`);
	process.exit(1);
}

createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const rel = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
	let file = join(root, rel);
	if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
	const type = TYPES[extname(file)] ?? 'application/octet-stream';
	// Hashed assets are immutable; everything else (index.html, sw.js, manifest) must revalidate
	// so that a new version is found.
	const immutable = rel.includes('/_app/immutable/');
	res.writeHead(200, {
		'content-type': type,
		'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache'
	});
	createReadStream(file).pipe(res);
}).listen(port, host, () => console.log(`app: http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/`));
