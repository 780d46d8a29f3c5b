// Addresses that secrets are sent to (and which secret goes to which service) are sealed: a new one from outside the
// settings tab is held until the owner accepts it.
//
// Every other service the plugin calls has a fixed address built into it (graph.facebook.com, graph.instagram.com,
// api.x.com, api.linkedin.com, Google's), so it cannot be redirected from the vault at all. The owner's own Odoo
// server is the one address that is a setting; its API key goes there with every call.
import type { Settings } from "./schema";

export type EndpointKey =
	| "odoo.url"
	| "odoo.apiKeySecret"
	| "gmail.clientSecretSecret"
	| "gmail.refreshTokenSecret"
	| "social.facebook.tokenSecret"
	| "social.instagram.tokenSecret"
	| "social.linkedin.tokenSecret";

/**
 * `fixed` is the value that is always fine: no address (nothing is sent), or the documented secret of that service.
 * Secret names are sealed too: renaming the Facebook token's secret to the Odoo key's would send one service's key to
 * another service.
 */
type Rule = { get: (s: Settings) => string; set: (s: Settings, v: string) => void; name: string; fixed: string };

function networkSecret(network: "facebook" | "instagram" | "linkedin", fixed: string, name: string): Rule {
	return {
		get: (s) => {
			const v = s.social[network]?.tokenSecret;
			return typeof v === "string" ? v : fixed;
		},
		set: (s, v) => {
			const c = s.social[network];
			if (c) s.social[network] = { ...c, tokenSecret: v };
		},
		name,
		fixed,
	};
}

const RULES: Record<EndpointKey, Rule> = {
	"odoo.url": { get: (s) => s.odoo.url, set: (s, v) => (s.odoo.url = v), name: "Odoo address", fixed: "" },
	"odoo.apiKeySecret": { get: (s) => s.odoo.apiKeySecret, set: (s, v) => (s.odoo.apiKeySecret = v), name: "secret sent to Odoo", fixed: "ai-employee-odoo-api-key" },
	"gmail.clientSecretSecret": { get: (s) => s.gmail.clientSecretSecret, set: (s, v) => (s.gmail.clientSecretSecret = v), name: "secret sent to Google as the client secret", fixed: "ai-employee-google-client-secret" },
	"gmail.refreshTokenSecret": { get: (s) => s.gmail.refreshTokenSecret, set: (s, v) => (s.gmail.refreshTokenSecret = v), name: "secret sent to Google as the refresh token", fixed: "ai-employee-google-refresh-token" },
	"social.facebook.tokenSecret": networkSecret("facebook", "ai-employee-facebook-page-token", "secret sent to Facebook"),
	"social.instagram.tokenSecret": networkSecret("instagram", "ai-employee-instagram-token", "secret sent to Instagram"),
	"social.linkedin.tokenSecret": networkSecret("linkedin", "ai-employee-linkedin-token", "secret sent to LinkedIn"),
};

export const ENDPOINT_KEYS = Object.keys(RULES) as EndpointKey[];

export type EndpointValues = Record<EndpointKey, string>;

export interface HeldEndpoint {
	key: EndpointKey;
	/** The address in use (what the owner confirmed). */
	from: string;
	/** The address that arrived from outside the settings tab and is not used. */
	to: string;
}

/** The same address however it is written: trailing slashes and the case of scheme and host do not matter. */
export function sameAddress(a: string, b: string): boolean {
	return normalize(a) === normalize(b);
}

function normalize(url: string): string {
	const trimmed = url.trim().replace(/\/+$/, "");
	const m = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]+)(.*)$/i.exec(trimmed);
	return m ? m[1]!.toLowerCase() + m[2]! : trimmed;
}

export function endpointValues(s: Settings): EndpointValues {
	const out = {} as EndpointValues;
	for (const k of ENDPOINT_KEYS) out[k] = RULES[k].get(s);
	return out;
}

/**
 * Keeps the confirmed value for every endpoint that changed from outside the settings tab. Clearing an address (the
 * service off: nothing is sent) or going back to a service's documented secret applies at once; anything else is held.
 */
export function mergeEndpoints(trusted: EndpointValues, candidate: Settings): { settings: Settings; held: HeldEndpoint[] } {
	const settings = structuredClone(candidate);
	const held: HeldEndpoint[] = [];
	for (const k of ENDPOINT_KEYS) {
		const rule = RULES[k];
		const now = rule.get(candidate);
		const was = trusted[k] ?? rule.fixed;
		if (now.trim() === "" || sameAddress(now, was) || now === rule.fixed) continue;
		RULES[k].set(settings, was);
		held.push({ key: k, from: was, to: now });
	}
	return { settings, held };
}

/** Applies held addresses after the owner accepted them in the settings tab. */
export function applyEndpoints(s: Settings, held: HeldEndpoint[]): Settings {
	const out = structuredClone(s);
	for (const h of held) RULES[h.key].set(out, h.to);
	return out;
}

/** Plain words, e.g. `Odoo address https://evil.example (in use: https://acme.odoo.com)`. */
export function describeHeldEndpoint(h: HeldEndpoint): string {
	return `${RULES[h.key].name} ${h.to} (in use: ${h.from === "" ? "none" : h.from})`;
}

/** The host part of an address, for cards and notices; null when there is none. */
export function hostOf(url: string): string | null {
	const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]+)/i.exec(url.trim());
	return m ? m[1]!.toLowerCase() : null;
}
