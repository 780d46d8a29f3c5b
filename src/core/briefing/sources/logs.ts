// Reads the audit log of the period (one JSONL file a day): errors, auto-approvals, dry-run share; and recent lines for usage.
import type { VaultStore } from "../../ports";
import { joinPath } from "../../util/paths";
import { addDays } from "../calendar";
import type { BriefingPeriod, LogStats } from "../types";

function days(from: string, to: string): string[] {
	const out: string[] = [];
	for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
	return out;
}

function str(v: unknown): string {
	return typeof v === "string" ? v : "";
}

export async function readLogStats(vault: VaultStore, folder: string, period: BriefingPeriod): Promise<LogStats> {
	const stats: LogStats = { files: [], missingDays: [], lines: 0, corrupt: [], errors: [], autoApprovals: [], executions: 0, dryRuns: 0 };
	for (const day of days(period.start, period.end)) {
		const file = joinPath(folder, `${day}.jsonl`);
		const text = await vault.read(file);
		if (text === null) {
			stats.missingDays.push(day);
			continue;
		}
		stats.files.push(file);
		const lines = text.split("\n");
		lines.forEach((raw, i) => {
			if (raw.trim() === "") return;
			let e: Record<string, unknown>;
			try {
				const parsed: unknown = JSON.parse(raw);
				if (typeof parsed !== "object" || parsed === null) throw new Error("not an object");
				e = parsed as Record<string, unknown>;
			} catch {
				// A torn line (a crash mid-write) or a hand edit: skipped here, reported under Data gaps.
				stats.corrupt.push({ file, line: i + 1 });
				return;
			}
			stats.lines++;
			const base = { timestamp: str(e.timestamp), action: str(e.action_type), target: str(e.target), file, line: i + 1 };
			if (e.result === "failure") stats.errors.push({ ...base, error: str(e.error) || "(no message)" });
			if (e.approval_status === "auto" && e.result === "info") stats.autoApprovals.push(base);
			if (e.result === "started") {
				stats.executions++;
				if (e.dry_run === true) stats.dryRuns++;
			}
		});
	}
	return stats;
}

/** Lower-cased log lines of the days from `from` to `to`, for finding use of a tool. */
export async function readRecentLogLines(vault: VaultStore, folder: string, from: string, to: string): Promise<{ file: string; text: string }[]> {
	const out: { file: string; text: string }[] = [];
	for (const day of days(from, to)) {
		const file = joinPath(folder, `${day}.jsonl`);
		const text = await vault.read(file);
		if (text === null) continue;
		for (const line of text.split("\n")) if (line.trim() !== "") out.push({ file, text: line.toLowerCase() });
	}
	return out;
}
