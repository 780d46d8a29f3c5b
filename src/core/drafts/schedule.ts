// The weekly drafts schedule: once per configured weekday and time, on the executing device only.
import type { Clock } from "../ports";
import { PeriodicService } from "../watchers/periodic-service";
import { messageOf } from "../util/errors";
import { latestDuePeriod } from "../briefing/period";
import type { PostDrafter } from "./drafter";

const CHECK_EVERY_MS = 10 * 60_000;

export class DraftSchedule extends PeriodicService {
	readonly name = "drafts-schedule";

	constructor(
		private readonly drafter: PostDrafter,
		private readonly deps: { settings: () => { drafts: { enabled: boolean; day: string; time: string } }; clock: Clock; timeZone: () => string; notify: (message: string) => void },
		private readonly shouldRun: () => boolean = () => true,
	) {
		super(CHECK_EVERY_MS);
	}

	protected async checkNow(): Promise<void> {
		const s = this.deps.settings().drafts;
		if (!s.enabled || !this.shouldRun()) return;
		const period = latestDuePeriod(this.deps.clock.now(), this.deps.timeZone(), s.day, s.time);
		const state = await this.drafter.state();
		if (state.lastPeriod >= period.date) return;
		try {
			const out = await this.drafter.draft(period.date);
			await this.drafter.saveState({ ...(await this.drafter.state()), lastPeriod: period.date });
			if (out.drafted.length) this.deps.notify(`AI Employee drafted ${out.drafted.length} post${out.drafted.length > 1 ? "s" : ""} from this week's events; they wait for your approval.`);
			else if (out.askedForNews) this.deps.notify(`AI Employee: nothing to post about this week. See ${out.askedForNews}.`);
			if (out.problems.length) this.deps.notify(`AI Employee post drafts: ${out.problems.join(" ")}`);
		} catch (err) {
			this.deps.notify(`AI Employee could not draft this week's posts: ${messageOf(err)}`);
		}
	}
}
