// Through the built plugin: "Check Gmail now" right after start joins the start-up check instead of running beside it,
// and the owner's own sent mail never becomes an item to act on.
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { routedRequestUrl } from "./node-request-url";
import { googleRoutes } from "../helpers/routes";
import { loadPlugin, type PluginHarness } from "./harness";
import { startFakeGoogle, type FakeGoogle } from "../fakes/google/server";

const ROOT = "AI_Employee";
const eml = (name: string) => readFileSync(path.resolve(__dirname, "../fixtures/emails", name));

let h: PluginHarness;
let google: FakeGoogle;

beforeEach(async () => {
	google = await startFakeGoogle();
});

afterEach(async () => {
	await h?.dispose();
	await google.close();
});

function notes(): string[] {
	return h.files().filter((p) => p.startsWith(`${ROOT}/Needs_Action/EMAIL_`));
}

describe("Check Gmail now, through the built plugin", () => {
	it("right after start runs one check with the start-up check: one token call, each message fetched once", async () => {
		const ids = [google.deliver(eml("33-meeting.eml")), google.deliver(eml("36-japanese-iso2022.eml"))];
		const reply = "From: Sam <owner@lumenpine.example>\r\nTo: maya@harborview-yoga.example\r\nSubject: Re: Thursday meeting\r\nMessage-ID: <reply-1@lumenpine.example>\r\n\r\nSee you Thursday.\r\n";
		const sent = google.deliver(reply, { labels: ["SENT", "UNREAD", "IMPORTANT"] });
		h = await loadPlugin({
			http: routedRequestUrl(googleRoutes(google.url)),
			secrets: { "ai-employee-google-refresh-token": google.issueRefreshToken(), "ai-employee-google-client-secret": google.clientSecret },
			data: { gmail: { enabled: true, clientId: google.clientId } },
		});
		h.app.workspace.setLayoutReady__();
		// The start-up check is on the wire: now the owner presses "Check Gmail now".
		await h.waitFor(() => google.received.length > 0);
		await h.runCommand("check-gmail-now");
		await h.waitFor(() => notes().length === 2);
		await h.layoutReady();
		const paths = google.received.map((r) => r.path.split("?")[0]!);
		expect(paths.filter((p) => p.endsWith("/token"))).toHaveLength(1);
		for (const id of [...ids, sent]) expect(paths.filter((p) => p.endsWith(`/messages/${id}`))).toHaveLength(1);
		expect(notes().sort()).toEqual(ids.map((id) => `${ROOT}/Needs_Action/EMAIL_${id}.md`).sort());
	});
});
