/**
 * `npm run dev` for a test: Astro's dev server on a content tree, on a free port, started exactly
 * as the npm script starts it, and stopped with everything it started.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../../scripts/free-port.ts';
import { buildEnv } from '../build/support.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface DevServer {
	/** An absolute URL for a site path: url("indikatorer/x/"). */
	url(sitePath?: string): string;
	/** What the server printed so far, for a failing test's message. */
	output(): string;
	stop(): Promise<void>;
}

/** Starts the dev server on `content` and resolves once `firstPage` answers 200. */
export async function startDevServer(content: string, firstPage: string, timeoutMs = 180_000): Promise<DevServer> {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
		cwd: ROOT,
		// As an editor's shell has it: without the test runner's NODE_ENV and settings.
		env: buildEnv({ MALBILD_CONTENT: content }),
		// Its own process group, so that stopping it also stops what it started.
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let log = '';
	child.stdout!.on('data', (d) => (log += d));
	child.stderr!.on('data', (d) => (log += d));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const server: DevServer = {
		url: (sitePath = '') => `${origin}/${sitePath}`,
		output: () => log,
		async stop() {
			if (child.exitCode === null) {
				try {
					process.kill(-child.pid!, 'SIGTERM');
				} catch {
					// Already gone.
				}
				await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
			}
		},
	};
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`The dev server stopped (exit ${child.exitCode}):\n${log}`);
		// The first request can wait long while Vite prepares the pages; a stuck one is asked again.
		const ok = await fetch(server.url(firstPage), { signal: AbortSignal.timeout(60_000) })
			.then((r) => r.ok)
			.catch(() => false);
		if (ok) return server;
		await new Promise((r) => setTimeout(r, 100));
	}
	await server.stop();
	throw new Error(`The dev server did not answer ${firstPage} within ${timeoutMs / 1000} s:\n${log}`);
}
