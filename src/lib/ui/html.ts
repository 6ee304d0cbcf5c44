/**
 * An attribute's value as Astro writes it: only `&` and `"` are escaped (the value is always
 * quoted), so markup made as a string is byte for byte what a component wrote.
 */
export const attribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
