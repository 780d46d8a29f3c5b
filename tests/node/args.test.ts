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
		});
	});

	it("accepts --name=value and leaves the config folder to be found in the vault", () => {
		expect(parseArgs(["run", "--vault=/srv/vault"])).toEqual({ kind: "run", vault: "/srv/vault", once: false, live: false, dryRun: false, configDir: null, init: false, stateDir: null });
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
