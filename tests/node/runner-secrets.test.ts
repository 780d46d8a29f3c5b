// The headless runner, as the agent works against it: between runs it drops a note carrying the runner's own LinkedIn
// token straight into Approved/ (with the token in the file name too), on a runner that accepts hand-moved approvals.
// Nothing reaches LinkedIn, and the token is in none of the runner's output, log lines or other notes.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { main } from "../../src/node/main";
import { startLinkedinFake, type LinkedinFake } from "../fakes/linkedin/server";
import { captureIo, tempDir } from "./helpers";

const TOKEN = "AQVx9f8e7d6c5b4a3921zzLinkedInAccessToken";
let linkedin: LinkedinFake | null = null;
afterEach(async () => {
	await linkedin?.close();
	linkedin = null;
});

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => path.join(e.parentPath, e.name));
}

describe("the headless runner and its own secrets", () => {
	it("a post containing the runner's LinkedIn token is refused, not sent, and the token is in no output, log or other note", async () => {
		linkedin = await startLinkedinFake({ token: TOKEN });
		const vault = tempDir();
		mkdirSync(path.join(vault, ".obsidian/plugins/ai-employee"), { recursive: true });
		writeFileSync(path.join(vault, ".obsidian/plugins/ai-employee/data.json"), JSON.stringify({ social: { linkedin: { author: `urn:li:person:${linkedin.memberId}`, authorName: "Ada", baseUrl: linkedin.url } } }));
		const env = { TZ: "UTC", AI_EMPLOYEE_DEVICE_ID: "test-runner", AI_EMPLOYEE_LINKEDIN_TOKEN: TOKEN, AI_EMPLOYEE_APPROVAL_KEY: "0123456789abcdef0123456789abcdef", AI_EMPLOYEE_POLICY: JSON.stringify({ acceptHandMovedApprovals: true }) };
		const first = captureIo();
		expect(await main(["run", "--vault", vault, "--once", "--live"], env, { ...first, handleSignals: false })).toBe(0);

		// Between runs, the agent writes its note.
		const fm = { type: "approval_request", id: "leak-1", action: "social.post", status: "approved", created: new Date().toISOString(), requested_by: "claude-code", params: { network: "linkedin", text: `For the record: ${TOKEN}` } };
		writeFileSync(path.join(vault, `AI_Employee/Approved/Post ${TOKEN}.md`), `---\n${stringify(fm)}---\n# Post ${TOKEN}\n`);
		const second = captureIo();
		expect(await main(["run", "--vault", vault, "--once", "--live"], env, { ...second, handleSignals: false })).toBe(0);

		expect(linkedin.received.filter((r) => r.method === "POST")).toEqual([]);
		expect(readFileSync(path.join(vault, `AI_Employee/Pending_Approval/Post ${TOKEN}.md`), "utf8")).toContain("refused_reason: ");
		const prefix = TOKEN.slice(0, 12);
		expect(first.text() + second.text()).not.toContain(prefix);
		const written = filesUnder(path.join(vault, "AI_Employee")).filter((f) => !path.basename(f).startsWith("Post "));
		expect(written.some((f) => f.includes("Logs"))).toBe(true);
		for (const f of written) expect(readFileSync(f, "utf8"), f).not.toContain(prefix);
		// The log says what was refused and why, with the file name's token replaced by its kind.
		const log = written.filter((f) => f.endsWith(".jsonl") && !f.includes("state")).map((f) => readFileSync(f, "utf8")).join("\n");
		expect(log).toContain('"target":"AI_Employee/Pending_Approval/Post [hidden: your LinkedIn token].md"');
		expect(log).toContain("It contains a secret (your LinkedIn token in the text)");
		expect(readdirSync(path.join(vault, "AI_Employee/Completed"))).toEqual([]);
		// The dashboard lists the waiting request by its title, without a link that would repeat the file name.
		expect(readFileSync(path.join(vault, "AI_Employee/Dashboard.md"), "utf8")).toContain("(its file name holds a secret: rename the note)");
	});
});
