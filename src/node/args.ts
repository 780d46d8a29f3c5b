// Parses the command line of `ai-employee`; knows nothing about vaults or engines, so every case is easy to test.
import manifest from "../../manifest.json";

/** The runner's version: the plugin's, since both are built from the same engine. */
export const VERSION: string = manifest.version;

export interface RunArgs {
	kind: "run";
	vault: string;
	once: boolean;
	live: boolean;
	/** An explicit `--dry-run`: wins over everything else. */
	dryRun: boolean;
	/** The vault's config folder when given; null to find it in the vault. */
	configDir: string | null;
	/** `--init`: the folder may be a new vault (no config folder yet); the runner sets it up. */
	init: boolean;
	/** Where the runner keeps its own records, outside the vault (`--state-dir`); null for the variable or the default. */
	stateDir: string | null;
	/** Port of the WhatsApp webhook endpoint (opt-in); null = off. */
	webhookPort: number | null;
	/** Address the webhook binds to (default 127.0.0.1: put a reverse proxy or tunnel in front). */
	webhookHost: string;
}

export type ParsedArgs = RunArgs | { kind: "help" } | { kind: "version" } | { kind: "error"; message: string };

export const USAGE = `Usage: ai-employee run --vault DIR [options]

Runs the AI Employee over an Obsidian vault folder without Obsidian: for an always-on machine, a server or the demo.

Options:
  --vault DIR          the vault folder (the one that holds Obsidian's config folder, usually .obsidian)
  --once               do one pass of every watcher and the executor, then exit
  --live               execute approved requests for real (default: dry run, which only previews them)
  --dry-run            force dry run, whatever else is set
  --config-dir NAME    the vault's config folder (default: found in the vault, usually .obsidian)
  --init               set up a folder that is not a vault yet (no config folder); without it such a folder is
                       refused, so a typo in --vault does not fill a wrong folder
                       (with --config-dir NAME, the config folder NAME is created too)
  --state-dir DIR      where the runner records what it executed, outside the vault
                       (default: $XDG_STATE_HOME/ai-employee, i.e. ~/.local/state/ai-employee)
  --webhook-port N     receive WhatsApp messages on http://127.0.0.1:N/whatsapp/webhook (off by default)
  --webhook-host ADDR  the address the webhook binds to (default 127.0.0.1)
  -V, --version        print the version
  -h, --help           show this help

Environment (safety comes from here and the command line, never from the vault):
  AI_EMPLOYEE_APPROVAL_KEY     the approval key, copied from the settings of the device you approve on (Copy key);
                               without it the runner executes nothing
  AI_EMPLOYEE_DRY_RUN          false or 0 = live (like --live); true or 1 = dry run even with --live
  AI_EMPLOYEE_POLICY           the approval policy as JSON with the policy.* keys, e.g. {"alwaysAskAboveMinor": 5000}
  AI_EMPLOYEE_DEVICE_ID        this runner's name in the audit log (default: the host name)
  AI_EMPLOYEE_STATE_DIR        the same as --state-dir
  TZ                           time zone for log files and dates, e.g. Europe/Berlin (default: the system's)

Secrets (each secret's name in capitals with _ for -; a connector set to another secret name uses that name):
  AI_EMPLOYEE_ODOO_API_KEY                 Odoo API key
  AI_EMPLOYEE_GOOGLE_CLIENT_SECRET         your Google OAuth client's secret (Gmail)
  AI_EMPLOYEE_GOOGLE_REFRESH_TOKEN         Gmail sign-in (copy it from the device where you pressed Connect Gmail)
  AI_EMPLOYEE_FACEBOOK_PAGE_TOKEN          Facebook Page token
  AI_EMPLOYEE_INSTAGRAM_TOKEN              Instagram token
  AI_EMPLOYEE_X_API_KEY, AI_EMPLOYEE_X_API_SECRET, AI_EMPLOYEE_X_ACCESS_TOKEN, AI_EMPLOYEE_X_ACCESS_SECRET
                                           X with OAuth 1.0a
  AI_EMPLOYEE_X_USER_TOKEN                 X with OAuth 2.0
  AI_EMPLOYEE_LINKEDIN_TOKEN               LinkedIn token
  AI_EMPLOYEE_WHATSAPP_TOKEN               WhatsApp: sending replies (a System User token)
  AI_EMPLOYEE_WHATSAPP_APP_SECRET          WhatsApp: checks the signature of each webhook delivery
  AI_EMPLOYEE_WHATSAPP_VERIFY_TOKEN        WhatsApp: the verify token of the webhook handshake

Exit codes: 0 done, 1 unexpected error, 2 bad arguments or vault folder, 3 another runner holds the executor lock.
`;

const VALUE_FLAGS = new Set(["--vault", "--config-dir", "--state-dir", "--webhook-port", "--webhook-host"]);
const BOOL_FLAGS = new Set(["--once", "--live", "--dry-run", "--init"]);

export function parseArgs(argv: readonly string[]): ParsedArgs {
	if (argv.includes("-h") || argv.includes("--help") || argv[0] === "help") return { kind: "help" };
	if (argv.includes("-V") || argv.includes("--version") || argv[0] === "version") return { kind: "version" };
	const [command, ...rest] = argv;
	if (command === undefined) return { kind: "error", message: "Missing command: use `ai-employee run --vault DIR`." };
	if (command !== "run") return { kind: "error", message: `Unknown command "${command}": the only command is \`run\`.` };

	const values = new Map<string, string>();
	const flags = new Set<string>();
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i]!;
		const eq = arg.indexOf("=");
		const name = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
		if (VALUE_FLAGS.has(name)) {
			const value = eq > 0 && arg.startsWith("--") ? arg.slice(eq + 1) : rest[++i];
			if (value === undefined || value === "" || (eq < 0 && value.startsWith("--"))) return { kind: "error", message: `${name} needs a value.` };
			if (values.has(name)) return { kind: "error", message: `${name} is given twice.` };
			values.set(name, value);
		} else if (BOOL_FLAGS.has(arg)) {
			flags.add(arg);
		} else if (arg.startsWith("-")) {
			return { kind: "error", message: `Unknown option ${arg}.` };
		} else {
			return { kind: "error", message: `Unexpected argument "${arg}" (did you mean --vault ${arg}?).` };
		}
	}

	const vault = values.get("--vault");
	if (vault === undefined) return { kind: "error", message: "Missing --vault DIR: the folder of the vault to run over." };
	if (flags.has("--live") && flags.has("--dry-run")) return { kind: "error", message: "--live and --dry-run contradict each other; give one of them." };
	const configDir = values.get("--config-dir") ?? null;
	if (configDir !== null && (configDir.includes("/") || configDir.includes("\\") || configDir === "." || configDir === "..")) {
		return { kind: "error", message: `--config-dir must be a folder name inside the vault, such as .obsidian (got "${configDir}").` };
	}
	const portText = values.get("--webhook-port");
	const webhookPort = portText === undefined ? null : Number(portText);
	if (webhookPort !== null && (!Number.isInteger(webhookPort) || webhookPort < 1 || webhookPort > 65535)) return { kind: "error", message: `--webhook-port must be a port number from 1 to 65535 (got "${portText}").` };
	if (webhookPort !== null && flags.has("--once")) return { kind: "error", message: "--webhook-port needs a runner that keeps running; leave out --once." };
	const webhookHost = values.get("--webhook-host") ?? "127.0.0.1";
	return { kind: "run", vault, once: flags.has("--once"), live: flags.has("--live"), dryRun: flags.has("--dry-run"), configDir, init: flags.has("--init"), stateDir: values.get("--state-dir") ?? null, webhookPort, webhookHost };
}
