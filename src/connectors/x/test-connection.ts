// "Test connection" for X: GET /2/users/me with the stored keys names the account, or says exactly why not.
import * as z from "zod/mini";
import type { HttpClient, SecretStore } from "../../core/ports";
import { connectionFailed, type ConnectionReport } from "../social/connection";
import { parseAnswer } from "../social/wire";
import { xAuthorization } from "./auth";
import { X_BASE_URL, type XConfig } from "./config";
import { xFailure } from "./errors";

const me = z.object({ data: z.object({ id: z.string(), name: z.string(), username: z.string() }) });

export async function testXConnection(http: HttpClient, config: XConfig, secrets: SecretStore): Promise<ConnectionReport> {
	try {
		const url = `${X_BASE_URL}/2/users/me`;
		const res = await http.request({ url, headers: { authorization: await xAuthorization(config, secrets, "GET", url, Date.now()), accept: "application/json" }, timeoutMs: 20_000 });
		if (res.status >= 400) throw xFailure(url, res, "read", Date.now());
		const u = parseAnswer("x", url, res, me, "the account lookup").data;
		return { ok: true, network: "x", id: u.id, account: `@${u.username}` };
	} catch (err) {
		return connectionFailed("x", err);
	}
}
