// "Test connection" for Instagram: reads the professional account with the stored token and names it.
import * as z from "zod/mini";
import type { HttpClient, SecretStore } from "../../core/ports";
import { graphAnswer, graphHeaders, graphUrl } from "../facebook/graph";
import { connectionFailed, type ConnectionReport } from "../social/connection";
import { missingToken } from "../social/errors";
import { instagramTarget, type InstagramConfig } from "./config";

const account = z.object({ id: z.string(), username: z.string() });

export async function testInstagramConnection(http: HttpClient, config: InstagramConfig, secrets: SecretStore): Promise<ConnectionReport> {
	try {
		const token = secrets.get(config.tokenSecret);
		if (!token) throw missingToken("instagram", config.tokenSecret);
		const url = graphUrl(instagramTarget(config), config.igUserId, { fields: "id,username" });
		const res = await http.request({ url, headers: graphHeaders(token, false), timeoutMs: 20_000 });
		const a = graphAnswer("instagram", url, res, account, "the account lookup", "read", Date.now());
		return { ok: true, network: "instagram", id: a.id, account: `@${a.username}` };
	} catch (err) {
		return connectionFailed("instagram", err);
	}
}
