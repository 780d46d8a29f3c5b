// LinkedIn's "little text" format: commentary treats ( ) [ ] { } < > @ | ~ _ * # \ as markup, so plain text escapes them.

const RESERVED = /[()[\]{}<>@|~_*#\\]/g;

/** The text as LinkedIn must receive it to show it exactly as written. */
export function escapeLittleText(s: string): string {
	return s.replace(RESERVED, (c) => `\\${c}`);
}

/** The inverse: what a reader sees. */
export function unescapeLittleText(s: string): string {
	return s.replace(/\\([()[\]{}<>@|~_*#\\])/g, "$1");
}
