// File-name-safe slugs for notes the plugin writes.

/** Letters, digits and dashes only, for file names that work on every OS. */
export function slug(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, "-")
		.replace(/^-+|-+$/g, "")
		.slice(0, 48) || "request";
}
