// Secrets: API keys, tokens, passwords and private keys. A hit blocks the request until the text is edited.
import { allMatches } from "./regex";
import type { GuardRule, Match } from "./types";

/** Shorter values are not treated as secrets: a 4-digit PIN would otherwise block every post that mentions a year. */
export const MIN_SECRET_LENGTH = 8;

/** The exact value of any secret the plugin holds (Page token, Odoo key, X keys, refresh token, approval key…). */
export const configuredSecretRule: GuardRule = {
	id: "secret.configured",
	kind: "secret",
	reason: "one of the secrets this plugin holds",
	find: (text, ctx) => {
		const out: Match[] = [];
		for (const s of ctx.secretValues ?? []) {
			if (s.value.length < MIN_SECRET_LENGTH) continue;
			for (let at = text.indexOf(s.value); at >= 0; at = text.indexOf(s.value, at + s.value.length)) out.push({ start: at, end: at + s.value.length, reason: `it contains ${s.label}` });
		}
		return out;
	},
	examples: [
		{ text: "New on our page! EAAGm0PX4ZCpsBAKZBZCqx7", hit: true, context: { secretValues: [{ label: "your Facebook Page token", value: "EAAGm0PX4ZCpsBAKZBZCqx7" }] } },
		{ text: "Order 20261126 shipped", hit: false, context: { secretValues: [{ label: "a short secret", value: "2026" }] } },
		{ text: "New on our page!", hit: false, context: { secretValues: [{ label: "your Facebook Page token", value: "EAAGm0PX4ZCpsBAKZBZCqx7" }] } },
	],
};

/** Key formats that are unmistakable by their prefix; the name says which service the key would open. */
const KEY_FORMATS: [RegExp, string][] = [
	[/\bAKIA[0-9A-Z]{16}\b/, "an AWS access key"],
	[/\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{30,})\b/, "a GitHub token"],
	[/\bxox[abprs]-[A-Za-z0-9-]{10,}/, "a Slack token"],
	[/\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}\b/, "a Stripe secret key"],
	[/\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}/, "an AI service API key"],
	[/\bAIza[0-9A-Za-z_-]{35}\b/, "a Google API key"],
	[/\bya29\.[0-9A-Za-z_-]{20,}/, "a Google access token"],
	[/\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/, "a signed login token (JWT)"],
	[/\bBearer\s+[A-Za-z0-9._~+/=-]{20,}/, "a bearer token"],
];

/** Every format's fixed prefix in one pattern: most texts have none, and then no format needs to be tried. */
const ANY_PREFIX = /AKIA|gh[pousr]_|github_pat_|xox[abprs]-|[sr]k_(?:live|test)_|sk-|AIza|ya29\.|eyJ|Bearer/;

/**
 * True when a plain-ASCII text could hold something a secret rule matches (a key prefix, a password-like word, a
 * private key header): everything else is let through without running the rules (the audit log checks every string).
 */
export const SECRET_HINT = new RegExp(`${ANY_PREFIX.source}|pass(?:word|wd|code)|pwd|pin code|api[ _-]?key|secret|access[ _-]?token|PRIVATE KEY`, "i");

export const apiKeyRule: GuardRule = {
	id: "secret.api-key",
	kind: "secret",
	reason: "an API key or access token",
	find: (text) => (ANY_PREFIX.test(text) ? KEY_FORMATS.flatMap(([re, name]) => allMatches(text, re, () => true, () => `it contains ${name}`)) : []),
	examples: [
		{ text: "Our new integration is live! Key for testers: sk_live_51HxQ2eKp7YzA9bC3dE4fG5h", hit: true },
		{ text: "Deploying with AKIAIOSFODNN7EXAMPLE today", hit: true },
		{ text: "token ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789 pasted by mistake", hit: true },
		{ text: "Authorization: Bearer abcdefghijklmnopqrstuvwxyz0123456789", hit: true },
		{ text: "Ask about our API: keys are issued in the dashboard.", hit: false },
		{ text: "Our skills-based training starts Monday", hit: false },
	],
};

export const passwordRule: GuardRule = {
	id: "secret.password",
	kind: "secret",
	reason: "a password or secret value",
	find: (text) => allMatches(text, /\b(?:password|passwd|pwd|passcode|pin code|api[ _-]?key|secret|access[ _-]?token|client[ _-]?secret)\s*(?:is\s*)?[:=]\s*["']?[^\s"']{4,}/i),
	examples: [
		{ text: "Wifi for the event — password: Summer2026!", hit: true },
		{ text: "api_key=9f8e7d6c5b4a", hit: true },
		{ text: "Client secret is: abcd1234efgh", hit: true },
		{ text: "Forgot your password? We can help.", hit: false },
		{ text: "Our secret to success is the team", hit: false },
	],
};

export const privateKeyRule: GuardRule = {
	id: "secret.private-key",
	kind: "secret",
	reason: "a private key",
	// The whole block, up to its END line (or the end of the text), so hiding it hides the key material too.
	find: (text) => allMatches(text, /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?:[\s\S]*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|[\s\S]*$)/),
	examples: [
		{ text: "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----", hit: true },
		{ text: "-----BEGIN RSA PRIVATE KEY-----", hit: true },
		{ text: "-----BEGIN PUBLIC KEY-----", hit: false },
	],
};
