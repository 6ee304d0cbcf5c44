/**
 * A link an editor writes from the site's root ("/omraden/dialog/") under the base path the site is
 * served at ("/malbild/omraden/dialog/"), so the same text works on a sub-path deployment such as
 * GitHub Pages. Links to other sites, to a place on the page and those already under the base are
 * left as written. Images need nothing: Astro's image pipeline gives them their address.
 */
export function withBase(url: string, base: string): string {
	const root = base.endsWith('/') ? base : `${base}/`;
	if (root === '/' || !url.startsWith('/') || url.startsWith('//') || url.startsWith(root)) return url;
	return `${root}${url.slice(1)}`;
}

interface Node {
	type: string;
	url?: string;
	children?: Node[];
}

/** A remark plugin: every link and link definition in a body given the base path (withBase). */
export function remarkBaseLinks(options: { base: string }) {
	const walk = (node: Node) => {
		if ((node.type === 'link' || node.type === 'definition') && node.url) node.url = withBase(node.url, options.base);
		node.children?.forEach(walk);
	};
	return (tree: Node) => walk(tree);
}
