// Where the headless runner keeps its own records (the consumed-approval ledger, its device key): outside the vault,
// per vault, named by --state-dir or AI_EMPLOYEE_STATE_DIR, by default in the XDG state folder.
import { createHash } from "node:crypto";
import * as fs from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import type { Env } from "./env";

/** The base folder: the option, else the variable, else `$XDG_STATE_HOME/ai-employee` (`~/.local/state/ai-employee`). */
export function stateBaseDir(option: string | null, env: Env, cwd: string, home = os.homedir()): string {
	const given = option ?? (env.AI_EMPLOYEE_STATE_DIR?.trim() || null);
	if (given) return path.resolve(cwd, given);
	if (process.platform === "win32" && env.LOCALAPPDATA) return path.join(env.LOCALAPPDATA, "ai-employee", "state");
	const xdg = env.XDG_STATE_HOME?.trim();
	return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(home, ".local", "state"), "ai-employee");
}

async function real(p: string): Promise<string> {
	try {
		return await fs.realpath(p);
	} catch {
		// Not there yet: resolve what exists of it.
		const parent = path.dirname(p);
		return parent === p ? p : path.join(await real(parent), path.basename(p));
	}
}

function inside(child: string, parent: string): boolean {
	const rel = path.relative(parent, child);
	return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

export type StateDirResult = { ok: true; dir: string } | { ok: false; message: string };

/**
 * This vault's state folder inside the base: `<vault name>-<hash of its real path>`. Refused when it would lie inside
 * the vault, where anything that writes the vault could rewrite the runner's record of what already ran.
 */
export async function vaultStateDir(base: string, vaultDir: string): Promise<StateDirResult> {
	const vaultReal = await real(vaultDir);
	const baseReal = await real(base);
	if (inside(baseReal, vaultReal)) {
		return { ok: false, message: `The state folder ${base} is inside the vault. The runner keeps its record of executed requests there, so it must be outside the vault (where an agent that writes the vault cannot change it). Pass another --state-dir or AI_EMPLOYEE_STATE_DIR.` };
	}
	const slug = path.basename(vaultReal).toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "") || "vault";
	const hash = createHash("sha256").update(vaultReal).digest("hex").slice(0, 12);
	return { ok: true, dir: path.join(baseReal, `${slug}-${hash}`) };
}
