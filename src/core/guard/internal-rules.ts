// Internal markers and links into the vault: words the owner listed as confidential, and [[links]] / obsidian:// URLs.
import { allMatches, escapeRegex } from "./regex";
import type { GuardRule } from "./types";

export const confidentialRule: GuardRule = {
	id: "internal.confidential",
	kind: "internal",
	reason: "a name or word on the handbook's Confidential list",
	find: (text, ctx) =>
		ctx.confidential
			.map((w) => w.trim())
			.filter((w) => w !== "")
			.flatMap((w) => allMatches(text, new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(w)}(?![\\p{L}\\p{N}])`, "iu"), () => true, () => `"${w}" is on the Confidential list in Company_Handbook.md`)),
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
