// Internal markers and links into the vault: words the owner listed as confidential, and [[links]] / obsidian:// URLs.
import { allMatches, escapeRegex } from "./regex";
import type { GuardRule } from "./types";

/** One pattern for the whole list (longest words first, so "Acme Corp" wins over "Acme"), built once per list. */
const compiled = new Map<string, { re: RegExp; byLower: Map<string, string> }>();

function listPattern(terms: readonly string[]): { re: RegExp; byLower: Map<string, string> } | null {
	const words = [...new Set(terms.map((w) => w.trim()).filter((w) => w !== ""))].sort((a, b) => b.length - a.length);
	if (words.length === 0) return null;
	const key = words.join("\u0000");
	let hit = compiled.get(key);
	if (!hit) {
		if (compiled.size > 16) compiled.clear();
		hit = { re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegex).join("|")})(?![\\p{L}\\p{N}])`, "giu"), byLower: new Map(words.map((w) => [w.toLowerCase(), w])) };
		compiled.set(key, hit);
	}
	return hit;
}

export const confidentialRule: GuardRule = {
	id: "internal.confidential",
	kind: "internal",
	reason: "a name or word on the handbook's Confidential list",
	find: (text, ctx) => {
		const list = listPattern(ctx.confidential);
		if (!list) return [];
		return allMatches(text, list.re, () => true, (m) => `"${list.byLower.get(m[0].toLowerCase()) ?? m[0]}" is on the Confidential list in Company_Handbook.md`);
	},
	examples: [
		{ text: "Proud to have shipped the new site for ACME CORP!", hit: true, context: { confidential: ["Acme Corp"] } },
		{ text: "Internal only: Q4 numbers", hit: true, context: { confidential: ["internal"] } },
		{ text: "International launch next week", hit: false, context: { confidential: ["internal"] } },
	],
};

export const vaultLinkRule: GuardRule = {
	id: "internal.vault-link",
	kind: "vault-link",
	reason: "a link into your vault",
	find: (text) => [...allMatches(text, /!?\[\[[^\]\n]+\]\]/), ...allMatches(text, /obsidian:\/\/\S+/i)],
	examples: [
		{ text: "Details in [[Client list]]", hit: true },
		{ text: "see obsidian://open?vault=Biz&file=Plans", hit: true },
		{ text: "Read more at https://mybiz.example/blog", hit: false },
	],
};
