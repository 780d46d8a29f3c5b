// `npm run package`: the release an owner downloads. The zip is read back with a reader written from the zip format
// (central directory → local header → inflate → CRC), the way any unzip tool reads it.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { crc32, inflateRawSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without type declarations
import { packageRelease } from "../../scripts/package.mjs";

const repo = path.resolve(__dirname, "../..");
const dirs: string[] = [];
function temp(): string {
	const d = mkdtempSync(path.join(os.tmpdir(), "ai-employee-release-"));
	dirs.push(d);
	return d;
}
afterEach(() => {
	for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Every entry of a zip archive, inflated and checked against its CRC-32. */
function unzip(buf: Buffer): Map<string, Buffer> {
	const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	expect(end).toBeGreaterThan(0);
	const count = buf.readUInt16LE(end + 10);
	let at = buf.readUInt32LE(end + 16);
	const out = new Map<string, Buffer>();
	for (let i = 0; i < count; i++) {
		expect(buf.readUInt32LE(at)).toBe(0x02014b50);
		const method = buf.readUInt16LE(at + 10);
		const crc = buf.readUInt32LE(at + 16);
		const packed = buf.readUInt32LE(at + 20);
		const nameLen = buf.readUInt16LE(at + 28);
		const extraLen = buf.readUInt16LE(at + 30);
		const commentLen = buf.readUInt16LE(at + 32);
		const local = buf.readUInt32LE(at + 42);
		const name = buf.subarray(at + 46, at + 46 + nameLen).toString("utf8");
		expect(buf.readUInt32LE(local)).toBe(0x04034b50);
		const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
		const raw = buf.subarray(dataAt, dataAt + packed);
		const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
		expect(crc32(data) >>> 0).toBe(crc);
		out.set(name, data);
		at += 46 + nameLen + extraLen + commentLen;
	}
	return out;
}

function fakeRepo(version = "1.2.3", manifestVersion = version): string {
	const dir = temp();
	writeFileSync(path.join(dir, "main.js"), "module.exports = class Plugin {};\n".repeat(200));
	writeFileSync(path.join(dir, "styles.css"), ".ai-employee-card { padding: 8px; }\n");
	writeFileSync(path.join(dir, "manifest.json"), JSON.stringify({ id: "ai-employee", name: "AI Employee", version: manifestVersion, minAppVersion: "1.11.4" }));
	writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "ai-employee", version }));
	return dir;
}

describe("npm run package", () => {
	it("writes the three release files and a zip that unpacks into the plugin's folder", () => {
		const dir = fakeRepo();
		const out = packageRelease({ repo: dir });
		const release = path.join(dir, "release");
		expect(out.files.map((f: string) => path.basename(f))).toEqual(["main.js", "manifest.json", "styles.css"]);
		for (const f of ["main.js", "manifest.json", "styles.css"]) expect(readFileSync(path.join(release, f))).toEqual(readFileSync(path.join(dir, f)));
		expect(path.basename(out.zip)).toBe("ai-employee-1.2.3.zip");
		const entries = unzip(readFileSync(out.zip));
		expect([...entries.keys()]).toEqual(["ai-employee/main.js", "ai-employee/manifest.json", "ai-employee/styles.css"]);
		expect(entries.get("ai-employee/main.js")).toEqual(readFileSync(path.join(dir, "main.js")));
		expect(entries.get("ai-employee/styles.css")?.toString()).toContain(".ai-employee-card");
	});

	it("agrees with the system's unzip", () => {
		const probe = spawnSync("unzip", ["-v"], { encoding: "utf8" });
		// The format check above is the test; this one only adds a second opinion where unzip is installed.
		if (probe.status !== 0) return;
		const dir = fakeRepo();
		const out = packageRelease({ repo: dir });
		const test = spawnSync("unzip", ["-t", out.zip], { encoding: "utf8" });
		expect(test.stdout).toContain("No errors detected");
	});

	it("refuses to package before a build, or when manifest and package versions disagree", () => {
		const dir = fakeRepo();
		rmSync(path.join(dir, "main.js"));
		expect(() => packageRelease({ repo: dir })).toThrow(/main.js missing: run `npm run build` first/);
		const skew = fakeRepo("1.2.3", "1.2.2");
		expect(() => packageRelease({ repo: skew })).toThrow(/manifest.json says 1.2.2, package.json 1.2.3/);
	});
});

describe("the runner's install paths", () => {
	it("npm pack ships the runner (bin and the bundled dist/cli.cjs), so an installed tarball runs this project", () => {
		const r = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: repo, encoding: "utf8", timeout: 60_000 });
		expect(r.status).toBe(0);
		const files = (JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]?.files.map((f) => f.path) ?? [];
		expect(files).toContain("bin/ai-employee.cjs");
		expect(files).toContain("dist/cli.cjs");
		expect(files.some((f) => f.startsWith("src/") || f.startsWith("tests/") || f.startsWith("demo-vault/"))).toBe(false);
	});

	it("the systemd unit and the container run bin/ai-employee.cjs from this project, never npx", () => {
		const unit = readFileSync(path.join(repo, "deploy/ai-employee.service"), "utf8");
		expect(unit).toMatch(/^ExecStart=\/usr\/bin\/node \/opt\/ai-employee\/bin\/ai-employee\.cjs run --vault /m);
		expect(unit).toMatch(/^RestartPreventExitStatus=2$/m);
		const docker = readFileSync(path.join(repo, "deploy/Dockerfile"), "utf8");
		expect(docker).toContain("COPY --from=build /src/dist/cli.cjs dist/cli.cjs");
		expect(docker).toMatch(/ENTRYPOINT \["node", "\/opt\/ai-employee\/bin\/ai-employee\.cjs"\]/);
		for (const text of [unit, docker, readFileSync(path.join(repo, "README.md"), "utf8")]) expect(text).not.toMatch(/^\s*(?:\$ )?npx ai-employee/m);
	});
});

describe("npm run demo", () => {
	it("keeps an existing demo vault and what the owner did in it unless --fresh", () => {
		const vault = path.join(temp(), "demo");
		mkdirSync(path.join(vault, "AI_Employee", "Rejected"), { recursive: true });
		writeFileSync(path.join(vault, "AI_Employee", "Rejected", "my decision.md"), "I rejected this one.\n");
		const r = spawnSync(process.execPath, [path.join(repo, "scripts/demo.mjs"), "--vault", vault], { cwd: repo, encoding: "utf8", timeout: 60_000 });
		expect(r.status).toBe(0);
		expect(r.stdout).toContain("already exists: kept as it is");
		expect(r.stdout).toContain("npm run demo -- --fresh");
		expect(readFileSync(path.join(vault, "AI_Employee", "Rejected", "my decision.md"), "utf8")).toBe("I rejected this one.\n");
		expect(JSON.parse(readFileSync(path.join(vault, ".obsidian", "community-plugins.json"), "utf8"))).toEqual(["ai-employee"]);
	});
});
