// Small helpers the rules share: every match of a global pattern, and regex-escaping of the owner's words.
import type { Match } from "./types";

export function allMatches(text: string, pattern: RegExp, keep: (m: RegExpExecArray) => boolean = () => true, reason?: (m: RegExpExecArray) => string): Match[] {
	const out: Match[] = [];
	const re = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g");
	for (let m = re.exec(text); m !== null; m = re.exec(text)) {
		if (m[0] === "") {
			re.lastIndex++;
			continue;
		}
		if (keep(m)) out.push({ start: m.index, end: m.index + m[0].length, ...(reason ? { reason: reason(m) } : {}) });
	}
	return out;
}

export function escapeRegex(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
