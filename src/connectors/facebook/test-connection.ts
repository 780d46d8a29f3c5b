// "Test connection" for Facebook: reads the Page with the stored token and names it, or says exactly why not.
import * as z from "zod/mini";
import type { HttpClient, SecretStore } from "../../core/ports";
import { missingToken } from "../social/errors";
import { connectionFailed, type ConnectionReport } from "../social/connection";
import type { FacebookConfig } from "./config";
import { graphAnswer, graphHeaders, graphUrl } from "./graph";

const page = z.object({ id: z.string(), name: z.string() });

export async function testFacebookConnection(http: HttpClient, config: FacebookConfig, secrets: SecretStore): Promise<ConnectionReport> {
	try {
		const token = secrets.get(config.tokenSecret);
		if (!token) throw missingToken("facebook", config.tokenSecret);
		const url = graphUrl(config, config.pageId, { fields: "id,name" });
		const res = await http.request({ url, headers: graphHeaders(token, false), timeoutMs: 20_000 });
		const p = graphAnswer("facebook", url, res, page, "the Page lookup", "read", Date.now());
		return { ok: true, network: "facebook", id: p.id, account: p.name };
	} catch (err) {
		return connectionFailed("facebook", err);
	}
}
