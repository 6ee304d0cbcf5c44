import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../../src/lib/data/decode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const withBom = (s: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(s)]);
const latin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const utf16le = (s: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => new Uint8Array([0xfe, 0xff, ...Buffer.from(s, 'utf16le').swap16()]);

describe('decodeCsvBytes', () => {
	it.each([
		['UTF-8 without BOM', utf8('År;Värde\n2023;1\n'), 'År;Värde\n2023;1\n'],
		['UTF-8 with BOM', withBom('År;Värde\n'), 'År;Värde\n'],
		['Windows-1252', latin1('År;Värde;Kön\nÖstra Göinge;Män\n'), 'År;Värde;Kön\nÖstra Göinge;Män\n'],
		['Windows-1252 euro sign', new Uint8Array([0x80, 0x3b, 0x31]), '€;1'],
		['ASCII', utf8('Year,Value\r\n'), 'Year,Value\r\n'],
		['empty', new Uint8Array(), ''],
		['only a BOM', new Uint8Array([0xef, 0xbb, 0xbf]), ''],
		['UTF-16 little-endian (Excel\'s Unicode text)', utf16le('År\tVärde\r\n2023\t1,5\r\n'), 'År\tVärde\r\n2023\t1,5\r\n'],
		['UTF-16 big-endian', utf16be('År;Värde\n'), 'År;Värde\n'],
	])('decodes %s', (_name, bytes, text) => {
		expect(decodeCsvBytes(bytes)).toBe(text);
	});

	it('strips only the first BOM', () => {
		expect(decodeCsvBytes(withBom('\ufeffÅr'))).toBe('\ufeffÅr');
	});
});
