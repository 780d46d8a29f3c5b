// Decides dry run or live for the headless runner from the command line and environment, never from the vault.
import type { RunArgs } from "./args";
import type { Env } from "./env";

export interface Mode {
	dryRun: boolean;
	/** One line for the console: the mode and what decided it. */
	description: string;
	warnings: string[];
}

const OFF = new Set(["false", "0", "no", "off"]);
const ON = new Set(["true", "1", "yes", "on"]);

/**
 * A synced or hand-edited data.json must never switch a server to live: only the person starting the runner can.
 * When the signals disagree, the safe one (dry run) wins.
 */
export function resolveMode(args: Pick<RunArgs, "live" | "dryRun">, env: Env): Mode {
	const warnings: string[] = [];
	const raw = env.AI_EMPLOYEE_DRY_RUN?.trim().toLowerCase();
	const envOff = raw !== undefined && OFF.has(raw);
	const envOn = raw !== undefined && ON.has(raw);
	if (raw !== undefined && raw !== "" && !envOff && !envOn) {
		warnings.push(`AI_EMPLOYEE_DRY_RUN="${env.AI_EMPLOYEE_DRY_RUN ?? ""}" is not true or false; keeping dry run on.`);
	}
	if (args.dryRun) return dry("--dry-run", warnings);
	if (envOn) {
		if (args.live) warnings.push("--live is ignored because AI_EMPLOYEE_DRY_RUN is set to true.");
		return dry("AI_EMPLOYEE_DRY_RUN", warnings);
	}
	if (args.live) return live("--live", warnings);
	if (envOff) return live("AI_EMPLOYEE_DRY_RUN=false", warnings);
	return dry("the default", warnings);
}

function dry(source: string, warnings: string[]): Mode {
	return {
		dryRun: true,
		description: `Mode: dry run (${source}). Approved requests are only previewed; nothing is sent, posted or paid. Pass --live to execute them.`,
		warnings,
	};
}

function live(source: string, warnings: string[]): Mode {
	return {
		dryRun: false,
		description: `Mode: LIVE (${source}). Approved requests are executed against the real services.`,
		warnings,
	};
}
