// The Facebook Page settings (zod schema and defaults) and the secret that holds the Page access token.
import * as z from "zod/mini";

/** Secret id of the Page access token; the environment fallback is AI_EMPLOYEE_FACEBOOK_PAGE_TOKEN. */
export const FACEBOOK_TOKEN_SECRET = "ai-employee-facebook-page-token";

/** Graph versions retire about two years after release; v26.0 (July 2026) is current and supported until mid-2028. */
export const GRAPH_API_VERSION = "v26.0";
export const GRAPH_BASE_URL = "https://graph.facebook.com";

export const graphVersion = z.string().check(z.regex(/^v\d+\.\d+$/, "must look like v26.0"));

export const facebookConfigSchema = z.object({
	/** The Page's numeric id (Page → About → Page transparency, or `GET /me/accounts`). */
	pageId: z.string().check(z.regex(/^\d+$/, "must be the Page's numeric id")),
	/** The Page's name, for approval cards; "Test connection" fills it in. */
	pageName: z.optional(z.string()),
	apiVersion: z._default(graphVersion, GRAPH_API_VERSION),
	/** Secret id holding the Page token, so two vaults can use two Pages on one machine. */
	tokenSecret: z._default(z.string(), FACEBOOK_TOKEN_SECRET),
});
export type FacebookConfig = z.infer<typeof facebookConfigSchema>;
