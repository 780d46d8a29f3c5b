// The LinkedIn settings (zod schema and defaults) and the secret that holds its access token.
import * as z from "zod/mini";

/** Secret id of the LinkedIn access token; the environment fallback is AI_EMPLOYEE_LINKEDIN_TOKEN. */
export const LINKEDIN_TOKEN_SECRET = "ai-employee-linkedin-token";

/** LinkedIn retires a monthly version after about a year; keep this a setting and move it forward twice a year. */
export const LINKEDIN_VERSION = "202609";
export const LINKEDIN_BASE_URL = "https://api.linkedin.com";

export const linkedinConfigSchema = z.object({
	/** Who posts: `urn:li:person:{sub}` (from /v2/userinfo) or `urn:li:organization:{id}` (needs w_organization_social). */
	author: z.string().check(z.regex(/^urn:li:(person|organization):[A-Za-z0-9_-]+$/, "must be urn:li:person:… or urn:li:organization:…")),
	/** The member's or company's name, for approval cards; "Test connection" fills it in. */
	authorName: z.optional(z.string()),
	/** The `LinkedIn-Version` header, YYYYMM. */
	version: z._default(z.string().check(z.regex(/^20\d{2}(0[1-9]|1[0-2])$/, "must be YYYYMM, e.g. 202609")), LINKEDIN_VERSION),
	/** PUBLIC, or CONNECTIONS (members only). */
	visibility: z._default(z.enum(["PUBLIC", "CONNECTIONS"]), "PUBLIC"),
	tokenSecret: z._default(z.string(), LINKEDIN_TOKEN_SECRET),
});
export type LinkedinConfig = z.infer<typeof linkedinConfigSchema>;

export function linkedinHeaders(cfg: LinkedinConfig, token: string, withBody: boolean): Record<string, string> {
	const h: Record<string, string> = {
		authorization: `Bearer ${token}`,
		"linkedin-version": cfg.version,
		"x-restli-protocol-version": "2.0.0",
		accept: "application/json",
	};
	if (withBody) h["content-type"] = "application/json";
	return h;
}
