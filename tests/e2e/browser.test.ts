/** Finding the browser: CHROME_PATH first, then the system's Chromium; never a download, never a skip. */
import { describe, expect, test } from 'vitest';
import { chromePath } from '../support/browser.ts';

describe('the browser for the end-to-end tests', () => {
	test('CHROME_PATH wins when it points at a program', () => {
		expect(chromePath({ CHROME_PATH: process.execPath }, ['/usr/bin/chromium'])).toBe(process.execPath);
	});

	test('a CHROME_PATH that points nowhere is an error, not a fallback', () => {
		expect(() => chromePath({ CHROME_PATH: '/finns/inte/chromium' }, [process.execPath])).toThrow(/CHROME_PATH.*\/finns\/inte\/chromium.*apt-get install chromium/);
	});

	test('without CHROME_PATH the first installed candidate is used', () => {
		expect(chromePath({}, ['/finns/inte/chromium', process.execPath])).toBe(process.execPath);
	});

	test('with no browser at all, the error says how to get one', () => {
		expect(() => chromePath({}, ['/finns/inte/chromium'])).toThrow(/apt-get install chromium.*CHROME_PATH/s);
	});
});
