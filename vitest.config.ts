// Test runner setup: plain Node for the engine and the Node host; a DOM with Obsidian's mocks for the plugin and e2e.
import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Dates in tests must not depend on the machine's zone; set before any worker starts so every worker inherits it.
process.env.TZ = "UTC";

/** Folders whose tests need `window`, Obsidian's DOM helpers and the `obsidian` module. */
const OBSIDIAN_DIRS = ["tests/e2e", "tests/obsidian"];
/** The Gmail tests that talk to the fake servers: they keep a fresh module graph each, as every other test does. */
const GMAIL_WITH_SERVERS = ["send.test.ts", "signin.test.ts"];
/** The email reader's tests: pure functions over text, with no server, clock, mock or global of their own. */
const READER = readdirSync(fileURLToPath(new URL("tests/connectors/gmail", import.meta.url)), { recursive: true, encoding: "utf8" })
	.filter((f) => f.endsWith(".test.ts") && !GMAIL_WITH_SERVERS.includes(f))
	.map((f) => `tests/connectors/gmail/${f.split("\\").join("/")}`);

export default defineConfig({
	test: {
		// The headless runner keeps its records outside the vault; in tests, under the temp folder, never in the home folder.
		env: { TZ: "UTC", XDG_STATE_HOME: join(tmpdir(), "ai-employee-test-state") },
		// e2e tests build nothing themselves but load main.js, start the engine and may talk to loopback servers.
		testTimeout: 30_000,
		// The domain matchers (toHaveSentExactlyOnce, toBeRefusedWith, …) in every project.
		setupFiles: ["tests/setup/matchers.ts"],
		hookTimeout: 30_000,
		projects: [
			{
				extends: true,
				test: {
					name: "node",
					environment: "node",
					include: ["tests/**/*.test.ts"],
					exclude: [...OBSIDIAN_DIRS.map((d) => `${d}/**`), "tests/live/**", ...READER],
				},
			},
			{
				// The reader compiles a few thousand patterns on first use (three to four seconds, and the engine compiles
				// each again for long text): in a fresh module graph per file that was paid by each of about 125 files, most
				// of the test run. These files share one module graph per worker, so the patterns compile once per worker.
				extends: true,
				test: { name: "reader", environment: "node", include: READER, isolate: false },
			},
			{
				extends: true,
				test: {
					name: "obsidian",
					environment: "jsdom",
					include: OBSIDIAN_DIRS.map((d) => `${d}/**/*.test.ts`),
					setupFiles: ["tests/setup/matchers.ts", "tests/setup/obsidian-env.ts"],
					// The `obsidian` npm package is types only (no JavaScript): code under test that imports it gets the
					// in-memory mocks. Test files that need the mocks' extras (create__…) import obsidian-test-mocks/obsidian.
					alias: [{ find: /^obsidian$/, replacement: "obsidian-test-mocks/obsidian" }],
				},
			},
			{
				// Suites against real servers (npm run test:live:odoo); not part of `npm test`, which needs no outside service.
				extends: true,
				test: { name: "live", environment: "node", include: ["tests/live/**/*.test.ts"] },
			},
		],
	},
});
