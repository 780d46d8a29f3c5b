// Secrets: API keys, tokens, passwords and private keys. A hit blocks the request until the text is edited.
import { allMatches } from "./regex";
import type { GuardRule } from "./types";

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

export const apiKeyRule: GuardRule = {
	id: "secret.api-key",
	kind: "secret",
	reason: "an API key or access token",
	find: (text) => KEY_FORMATS.flatMap(([re, name]) => allMatches(text, re, () => true, () => `it contains ${name}`)),
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
	find: (text) => allMatches(text, /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/),
	examples: [
		{ text: "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----", hit: true },
		{ text: "-----BEGIN RSA PRIVATE KEY-----", hit: true },
		{ text: "-----BEGIN PUBLIC KEY-----", hit: false },
	],
};
