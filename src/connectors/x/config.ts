// The X settings (zod schema and defaults) and the secrets for its two ways of signing in.
import * as z from "zod/mini";

/**
 * OAuth 1.0a user context (default): four keys from the developer portal that never expire, so a headless runner
 * keeps posting for months. OAuth 2.0 user tokens last about two hours and need a refresh flow; a token pasted into
 * `ai-employee-x-user-token` is accepted for short tests or for a host that refreshes it itself.
 */
export const X_SECRETS = {
	apiKey: "ai-employee-x-api-key",
	apiSecret: "ai-employee-x-api-secret",
	accessToken: "ai-employee-x-access-token",
	accessSecret: "ai-employee-x-access-secret",
	userToken: "ai-employee-x-user-token",
} as const;

export const X_BASE_URL = "https://api.x.com";

export const xConfigSchema = z.object({
	/** "@name" for approval cards and post links; "Test connection" fills it in. */
	username: z.optional(z.string()),
	/** The account's numeric id, for the weekly summary; "Test connection" fills it in (else one extra read). */
	userId: z.optional(z.string().check(z.regex(/^\d{1,19}$/, "must be digits"))),
	auth: z._default(z.enum(["oauth1", "oauth2"]), "oauth1"),
});
export type XConfig = z.infer<typeof xConfigSchema>;
