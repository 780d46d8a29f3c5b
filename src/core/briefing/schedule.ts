// The weekly schedule: on start and every few minutes, writes the latest due briefing if it was not written yet.
import { PeriodicService } from "../watchers/periodic-service";
import { joinPath } from "../util/paths";
import { messageOf } from "../util/errors";
import type { BriefingDeps } from "./collect";
import { generateBriefing } from "./generate";
import { targetPath } from "./links";
import { latestDuePeriod } from "./period";

export const BRIEFING_STATE_FILE = "briefing.json";
const CHECK_EVERY_MS = 5 * 60_000;

export interface ScheduleOptions {
	/** Only one machine should write the weekly files (default: the one that executes approved requests). */
	shouldRun?: () => boolean;
	checkEveryMs?: number;
}

/**
 * Exactly one briefing per period: the state file remembers the last period written (so a briefing the owner deleted
 * is not written again), and the briefing file itself counts as done (another device or a command wrote it).
 */
export class BriefingSchedule extends PeriodicService {
	readonly name = "briefing-schedule";

	constructor(
		private readonly deps: BriefingDeps,
		private readonly options: ScheduleOptions = {},
	) {
		super(options.checkEveryMs ?? CHECK_EVERY_MS);
	}

	private get statePath(): string {
		return joinPath(this.deps.layout().stateFolder, BRIEFING_STATE_FILE);
	}

	/** The date of the last period written, or "" when none. */
	async lastWritten(): Promise<string> {
		const text = await this.deps.vault.read(this.statePath);
		if (text === null) return "";
		try {
			const v = JSON.parse(text) as { lastPeriod?: unknown };
			return typeof v.lastPeriod === "string" ? v.lastPeriod : "";
		} catch {
			return "";
		}
	}

	async markWritten(date: string): Promise<void> {
		await this.deps.vault.mkdir(this.deps.layout().stateFolder);
		await this.deps.vault.write(this.statePath, JSON.stringify({ lastPeriod: date, at: new Date(this.deps.clock.now()).toISOString() }) + "\n");
	}

	protected async checkNow(): Promise<void> {
		const s = this.deps.settings().briefing;
		if (!s.enabled || (this.options.shouldRun && !this.options.shouldRun())) return;
		const period = latestDuePeriod(this.deps.clock.now(), this.deps.timeZone(), s.day, s.time);
		if ((await this.lastWritten()) >= period.date) return;
		if (await this.deps.vault.exists(targetPath("briefing", this.deps.layout().root, period))) {
			await this.markWritten(period.date);
			return;
		}
		try {
			const outcome = await generateBriefing(this.deps, period, { kind: "briefing", replace: false, reason: "schedule" });
			await this.markWritten(period.date);
			if (outcome.status === "written" && outcome.briefingPath) this.deps.notifier.notify(`AI Employee: the CEO briefing for ${period.start} to ${period.end} is ready (${outcome.briefingPath}).`, "info");
		} catch (err) {
			// Not marked as written: the next check tries again (a full disk or a locked file is usually temporary).
			const message = messageOf(err);
			this.deps.notifier.notify(`AI Employee: the CEO briefing could not be written: ${message}`, "failure");
			await this.deps.log.append({ action_type: "briefing.generated", actor: this.deps.actor, target: targetPath("briefing", this.deps.layout().root, period), result: "failure", error: message });
		}
	}
}
