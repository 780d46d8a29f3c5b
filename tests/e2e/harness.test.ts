// The harness itself: it must catch the leaks it promises to catch, capture notices, and reach real local servers.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { loadPlugin, type PluginHarness } from "./harness";

/** Writes a tiny built plugin (CommonJS, as esbuild emits it) with a manifest beside it; returns its main.js path. */
function writePlugin(dir: string, name: string, onload: string): string {
	const folder = path.join(dir, name);
	rmSync(folder, { recursive: true, force: true });
	mkdirSync(folder, { recursive: true });
	writeFileSync(path.join(folder, "manifest.json"), JSON.stringify({ id: name, name, version: "0.0.1", minAppVersion: "1.11.4", description: "fixture", author: "tests", isDesktopOnly: true }));
	writeFileSync(
		path.join(folder, "main.js"),
		`"use strict";
const obsidian = require("obsidian");
class FixturePlugin extends obsidian.Plugin {
	async onload() {
		${onload}
	}
}
module.exports = FixturePlugin;
`,
	);
	return path.join(folder, "main.js");
}

let dir = "";
let server: http.Server;
let serverUrl = "";
beforeAll(async () => {
	dir = mkdtempSync(path.join(os.tmpdir(), "ai-employee-harness-"));
	server = http.createServer((req, res) => {
		let body = "";
		req.on("data", (c: Buffer) => (body += c.toString()));
		req.on("end", () => {
			if (req.url === "/missing") {
				res.writeHead(404, { "content-type": "text/plain" }).end("nope");
				return;
			}
			res.writeHead(200, { "content-type": "application/json", "x-echo": "yes" }).end(JSON.stringify({ method: req.method, url: req.url, body }));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
	await new Promise<void>((resolve) => server.close(() => resolve()));
	rmSync(dir, { recursive: true, force: true });
});

let h: PluginHarness | null = null;
afterEach(async () => {
	await h?.dispose();
	h = null;
});

describe("leak detection", () => {
	it("reports an interval, a window listener and a vault listener that a plugin forgot to register", async () => {
		const mainJs = writePlugin(
			dir,
			"leaky",
			`window.setInterval(() => {}, 60000);
			window.addEventListener("resize", () => {});
			this.app.vault.on("modify", () => {});`,
		);
		h = await loadPlugin({ mainJs });
		await h.unload();

		const leaks = h.leaks();
		expect(leaks.intervals).toHaveLength(1);
		expect(leaks.intervals[0]).toMatch(/60000 ms/);
		expect(leaks.domListeners).toHaveLength(1);
		expect(leaks.domListeners[0]).toMatch(/resize/);
		expect(leaks.appListeners).toEqual([`1 "modify" listener(s) on app.vault`]);
		expect(leaks.count).toBe(3);
	});

	it("reports nothing when the plugin registers the same things through Obsidian's register helpers", async () => {
		const mainJs = writePlugin(
			dir,
			"tidy",
			`this.registerInterval(window.setInterval(() => {}, 60000));
			this.registerDomEvent(window, "resize", () => {});
			this.registerEvent(this.app.vault.on("modify", () => {}));`,
		);
		h = await loadPlugin({ mainJs });
		expect(h.leaks().count).toBe(3);

		await h.unload();

		expect(h.leaks().count).toBe(0);
	});

	it("counts a timeout as pending until it fires", async () => {
		const mainJs = writePlugin(dir, "sleepy", `this.app.workspace.onLayoutReady(() => window.setTimeout(() => {}, 1500));`);
		h = await loadPlugin({ mainJs });
		await h.layoutReady();
		expect(h.leaks().timeouts).toHaveLength(1);

		await h.waitFor(() => h!.leaks().timeouts.length === 0, 5_000);
	});
});

describe("what the plugin shows and sends", () => {
	it("captures the text of every notice", async () => {
		const mainJs = writePlugin(dir, "chatty", `new obsidian.Notice("Hello"); new obsidian.Notice("Second", 5000);`);
		h = await loadPlugin({ mainJs });
		expect(h.notices).toEqual(["Hello", "Second"]);
	});

	it("answers requestUrl with an empty 200 by default, as the mocks do", async () => {
		const mainJs = writePlugin(dir, "fetcher-mock", `this.answer = await obsidian.requestUrl({ url: "${"http://127.0.0.1:9/never"}" });`);
		h = await loadPlugin({ mainJs });
		const answer = (h.plugin as unknown as { answer: { status: number; text: string } }).answer;
		expect(answer.status).toBe(200);
		expect(answer.text).toBe("");
	});

	it("reaches a real server on 127.0.0.1 when switched to Node HTTP, with Obsidian's throw-on-4xx rule", async () => {
		const mainJs = writePlugin(
			dir,
			"fetcher",
			`this.ok = await obsidian.requestUrl({ url: "${serverUrl}/echo", method: "POST", contentType: "application/json", body: "{\\"a\\":1}" });
			this.missing = await obsidian.requestUrl({ url: "${serverUrl}/missing", throw: false });
			try { await obsidian.requestUrl({ url: "${serverUrl}/missing" }); } catch (e) { this.thrown = e.status; }`,
		);
		h = await loadPlugin({ mainJs, http: "node" });
		const p = h.plugin as unknown as { ok: { status: number; json: { method: string; body: string }; headers: Record<string, string> }; missing: { status: number; text: string }; thrown: number };
		expect(p.ok.status).toBe(200);
		expect(p.ok.json).toEqual({ method: "POST", url: "/echo", body: '{"a":1}' });
		expect(p.ok.headers["x-echo"]).toBe("yes");
		expect(p.missing.status).toBe(404);
		expect(p.missing.text).toBe("nope");
		expect(p.thrown).toBe(404);
	});
});
