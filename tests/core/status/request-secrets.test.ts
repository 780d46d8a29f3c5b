// The status view's lists of requests (pending, failed) show a note's heading and summary: never a secret in them.
import { afterEach, describe, expect, it } from "vitest";
import { agentNote, makeWorld, pending, type World } from "../approval/fixtures";
import { readRequestItem } from "../../../src/core/status/request-index";

let w: World;
afterEach(async () => {
	await w?.close();
});

describe("requests in the status view", () => {
	it("show the kind of a secret in the heading and summary, not the secret", async () => {
		w = await makeWorld();
		const token = "AQVx9f8e7d6c5b4a3921zzLinkedInToken";
		w.host.secrets.set("ai-employee-linkedin-token", token);
		const note = agentNote({ id: "leak" }, { text: `Token for the intern: ${token}` }).replace("# Send hello", `# Post ${token}`);
		await w.host.vault.write(pending("leak.md"), note);
		const item = await readRequestItem(w.engine.deps, pending("leak.md"));
		expect(item?.title).toBe("Post [hidden: your LinkedIn token]");
		expect(item?.summary).toBe('Send "Token for the intern: [hidden: your LinkedIn token]" to the echo service');
		expect(item?.secretInPath).toBe(false);
		const { path: _path, ...shown } = item!;
		expect(JSON.stringify(shown)).not.toContain(token.slice(0, 10));
	});

	it("say when the file name itself holds a secret, so lists leave the path out", async () => {
		w = await makeWorld();
		const path = pending("Post AKIAIOSFODNN7EXAMPLE.md");
		await w.host.vault.write(path, agentNote({ id: "named" }, { text: "Hello" }));
		expect((await readRequestItem(w.engine.deps, path))?.secretInPath).toBe(true);
	});
});
