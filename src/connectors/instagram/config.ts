// The Instagram settings (zod schema and defaults) and the secret that holds its access token.
import * as z from "zod/mini";
import { GRAPH_API_VERSION, graphVersion } from "../facebook/config";

/** Secret id of the Instagram token; the environment fallback is AI_EMPLOYEE_INSTAGRAM_TOKEN. */
export const INSTAGRAM_TOKEN_SECRET = "ai-employee-instagram-token";

/** Instagram Login tokens talk to graph.instagram.com, Facebook Login (Page-linked) tokens to graph.facebook.com. */
export const INSTAGRAM_HOSTS = { instagram: "https://graph.instagram.com", facebook: "https://graph.facebook.com" } as const;

export const instagramConfigSchema = z.object({
	/** The professional account's id (not the @name): `GET /me?fields=user_id` or the Page's `instagram_business_account`. */
	igUserId: z.string().check(z.regex(/^\d+$/, "must be the account's numeric id")),
	/** "@name", for approval cards; "Test connection" fills it in. */
	username: z.optional(z.string()),
	/** Which login the token comes from; decides the default host. */
	host: z._default(z.enum(["facebook", "instagram"]), "instagram"),
	apiVersion: z._default(graphVersion, GRAPH_API_VERSION),
	tokenSecret: z._default(z.string(), INSTAGRAM_TOKEN_SECRET),
	/** How often to ask whether Meta has fetched the media, and how long to wait in all before giving up. */
	pollIntervalMs: z._default(z.int().check(z.minimum(100)), 5_000),
	maxWaitMs: z._default(z.int().check(z.minimum(1_000)), 300_000),
});
export type InstagramConfig = z.infer<typeof instagramConfigSchema>;

export function instagramTarget(c: InstagramConfig): { baseUrl: string; apiVersion: string } {
	return { baseUrl: INSTAGRAM_HOSTS[c.host], apiVersion: c.apiVersion };
}
