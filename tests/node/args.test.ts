import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/node/args";

describe("command line", () => {
	it("reads a run over a vault with its options", () => {
		expect(parseArgs(["run", "--vault", "my vault", "--once", "--live", "--config-dir", ".config", "--state-dir", "/var/lib/ai-employee"])).toEqual({
			kind: "run",
			vault: "my vault",
			once: true,
			live: true,
			dryRun: false,
			configDir: ".config",
			init: false,
			stateDir: "/var/lib/ai-employee",
			webhookPort: null,
			webhookHost: "127.0.0.1",
		});
	});

	it("opens the WhatsApp webhook only when asked, on loopback unless told otherwise, and never with --once", () => {
		expect(parseArgs(["run", "--vault", "v", "--webhook-port", "8443"])).toMatchObject({ kind: "run", webhookPort: 8443, webhookHost: "127.0.0.1" });
		expect(parseArgs(["run", "--vault", "v", "--webhook-port=8443", "--webhook-host", "0.0.0.0"])).toMatchObject({ webhookPort: 8443, webhookHost: "0.0.0.0" });
		expect(parseArgs(["run", "--vault", "v", "--webhook-port", "99999"])).toEqual({ kind: "error", message: '--webhook-port must be a port number from 1 to 65535 (got "99999").' });
		expect(parseArgs(["run", "--vault", "v", "--webhook-port", "8443", "--once"])).toMatchObject({ kind: "error", message: expect.stringContaining("leave out --once") });
	});

	it("accepts --name=value and leaves the config folder to be found in the vault", () => {
		expect(parseArgs(["run", "--vault=/srv/vault"])).toEqual({ kind: "run", vault: "/srv/vault", once: false, live: false, dryRun: false, configDir: null, init: false, stateDir: null, webhookPort: null, webhookHost: "127.0.0.1" });
	});

	it("reads --init, and asks for the version with -V, --version or version", () => {
		expect(parseArgs(["run", "--vault", "v", "--init"])).toMatchObject({ kind: "run", init: true });
		for (const argv of [["-V"], ["--version"], ["version"]]) expect(parseArgs(argv)).toEqual({ kind: "version" });
	});

	it("asks for help with -h, --help or help", () => {
		for (const argv of [["-h"], ["--help"], ["help"], ["run", "--help"]]) expect(parseArgs(argv)).toEqual({ kind: "help" });
	});

	it.each([
		[[], "Missing command"],
		[["start"], 'Unknown command "start"'],
		[["run"], "Missing --vault"],
		[["run", "--vault"], "--vault needs a value"],
		[["run", "--vault", "--once"], "--vault needs a value"],
		[["run", "--vault", "a", "--vault", "b"], "given twice"],
		[["run", "--vault", "a", "--fast"], "Unknown option --fast"],
		[["run", "vault"], 'Unexpected argument "vault"'],
		[["run", "--vault", "a", "--live", "--dry-run"], "contradict"],
		[["run", "--vault", "a", "--config-dir", "../x"], "--config-dir must be a folder name"],
	])("explains what is wrong with %j", (argv, message) => {
		const parsed = parseArgs(argv);
		expect(parsed.kind).toBe("error");
		if (parsed.kind === "error") expect(parsed.message).toContain(message);
	});
});
