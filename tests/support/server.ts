/**
 * A small static file server for a built site, on 127.0.0.1 and a free port: what any static host
 * does, and nothing more. It serves the site under its base path (`/malbild/` when built so),
 * answers folders with their index.html, unknown paths with the site's 404.html and status 404,
 * and can send a Content-Security-Policy header with every response.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** The policy the end-to-end tests serve the site with, as docs/hosting.md tells hosts to. */
export const CSP =
	"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2',
};

export interface StaticServer {
	/** "http://127.0.0.1:PORT" */
	origin: string;
	/** The site's base path, with slashes at both ends: "/" or "/malbild/". */
	base: string;
	/** An absolute URL for a site-relative path: url("omraden/dialog/"). */
	url(sitePath?: string): string;
	close(): Promise<void>;
}

export interface ServeOptions {
	/** The base path the site was built for; default "/". */
	base?: string;
	/**
	 * Sends `Content-Security-Policy: <csp>` with every response; a function gives the policy for
	 * each path under the base (`indikatorer/x/inbaddning/`), as a host with path rules does.
	 */
	csp?: string | ((sitePath: string) => string);
	/** 0 (default) picks a free port. */
	port?: number;
	/** The Cache-Control header; default "no-store", so every test sees every request. */
	cacheControl?: string;
}

export function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
	const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
	const dir = path.resolve(root);
	if (!existsSync(path.join(dir, 'index.html'))) {
		return Promise.reject(new Error(`${dir} holds no built site (no index.html). Build it first: npm run build`));
	}

	/** The file a request path maps to, or undefined. */
	const resolve = (pathname: string): string | undefined => {
		if (!pathname.startsWith(base)) return undefined;
		let rel: string;
		try {
			rel = decodeURIComponent(pathname.slice(base.length));
		} catch {
			return undefined;
		}
		const file = path.join(dir, rel);
		if (file !== dir && !file.startsWith(dir + path.sep)) return undefined;
		if (existsSync(file) && statSync(file).isFile()) return file;
		if (existsSync(file) && statSync(file).isDirectory()) {
			const index = path.join(file, 'index.html');
			return existsSync(index) ? index : undefined;
		}
		// "/om" → "/om.html" like most static hosts; Astro writes folders, so this is rare.
		if (existsSync(`${file}.html`)) return `${file}.html`;
		return undefined;
	};

	const server: Server = createServer((req, res) => {
		const headers: Record<string, string> = { 'Cache-Control': options.cacheControl ?? 'no-store', 'X-Content-Type-Options': 'nosniff' };
		const { pathname } = new URL(req.url ?? '/', 'http://localhost');
		const csp = typeof options.csp === 'function' ? options.csp(pathname.startsWith(base) ? pathname.slice(base.length) : pathname) : options.csp;
		if (csp) headers['Content-Security-Policy'] = csp;
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
			return;
		}
		// A folder without its trailing slash is redirected, as static hosts do, so relative links resolve.
		const file = resolve(pathname);
		if (file && file.endsWith(`${path.sep}index.html`) && !pathname.endsWith('/') && !pathname.endsWith('.html')) {
			res.writeHead(301, { ...headers, Location: `${pathname}/` }).end();
			return;
		}
		const status = file ? 200 : 404;
		const body = file ?? (existsSync(path.join(dir, '404.html')) ? path.join(dir, '404.html') : undefined);
		if (!body) {
			res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('404');
			return;
		}
		res.writeHead(status, { ...headers, 'Content-Type': TYPES[path.extname(body).toLowerCase()] ?? 'application/octet-stream', 'Content-Length': statSync(body).size });
		if (req.method === 'HEAD') res.end();
		else createReadStream(body).pipe(res);
	});

	return new Promise((done, fail) => {
		server.once('error', fail);
		server.listen(options.port ?? 0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			const origin = `http://127.0.0.1:${port}`;
			done({
				origin,
				base,
				url: (sitePath = '') => `${origin}${base}${sitePath.replace(/^\//, '')}`,
				close: () =>
					new Promise<void>((closed) => {
						server.closeAllConnections();
						server.close(() => closed());
					}),
			});
		});
	});
}
