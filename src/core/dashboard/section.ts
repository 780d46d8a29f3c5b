// The plugin's section of Dashboard.md: only the text between the two markers is ever replaced.

export const STATUS_START = "<!-- ai-employee:status:start -->";
export const STATUS_END = "<!-- ai-employee:status:end -->";

export type SectionResult = { ok: true; text: string; changed: boolean } | { ok: false; text: string; problem: string };

/**
 * Puts `body` between the markers and returns the whole note; every character outside them stays as it was.
 * Without markers the section is appended at the end (after a blank line). A start marker without its end marker
 * is left alone: guessing where the owner's text resumes could eat it.
 */
export function replaceStatusSection(text: string, body: string): SectionResult {
	const inner = `\n${body.trim()}\n`;
	const start = text.indexOf(STATUS_START);
	if (start < 0) {
		if (text.includes(STATUS_END)) return { ok: false, text, problem: "Dashboard.md has the end marker of the status section but not its start marker." };
		const sep = text === "" ? "" : text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n";
		return { ok: true, text: `${text}${sep}${STATUS_START}${inner}${STATUS_END}\n`, changed: true };
	}
	const from = start + STATUS_START.length;
	const end = text.indexOf(STATUS_END, from);
	if (end < 0) return { ok: false, text, problem: "Dashboard.md has the start marker of the status section but not its end marker." };
	if (text.slice(from, end) === inner) return { ok: true, text, changed: false };
	return { ok: true, text: text.slice(0, from) + inner + text.slice(end), changed: true };
}

/** The current section body, or null when the note has no complete section. */
export function readStatusSection(text: string): string | null {
	const start = text.indexOf(STATUS_START);
	if (start < 0) return null;
	const from = start + STATUS_START.length;
	const end = text.indexOf(STATUS_END, from);
	return end < 0 ? null : text.slice(from, end).trim();
}
