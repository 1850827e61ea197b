import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A build served on its own port, for the A/B scripts that alternate builds in one run. */
export type ServedBuild = { dir: string; port: number; app: string };

/**
 * Serves each build with the project's static server and waits until each answers with its
 * own index.html: tsx starts slowly on a loaded machine, and another session's server left on
 * the port would answer too, which would silently compare the wrong build.
 */
export async function serveBuilds(wanted: { dir: string; port: number }[]): Promise<{ builds: ServedBuild[]; stop: () => void }> {
	const builds = wanted.map((b) => ({ ...b, app: `http://localhost:${b.port}` }));
	const servers = builds.map((b) =>
		spawn(process.execPath, ['--import', 'tsx', 'scripts/serve-static.ts', '--port', String(b.port), '--dir', b.dir], { stdio: 'ignore' })
	);
	const stop = () => servers.forEach((s) => s.kill());
	try {
		for (const b of builds)
			for (let tries = 0; ; tries++) {
				const served = await fetch(`${b.app}/`).then((r) => (r.ok ? r.text() : null), () => null);
				if (served !== null && served !== readFileSync(join(b.dir, 'index.html'), 'utf8')) throw new Error(`port ${b.port} serves another build`);
				if (served !== null) break;
				if (tries > 120) throw new Error(`no server on ${b.port}`);
				await new Promise((r) => setTimeout(r, 500));
			}
	} catch (error) {
		stop();
		throw error;
	}
	return { builds, stop };
}
