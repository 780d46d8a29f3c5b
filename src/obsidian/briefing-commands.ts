// Commands for the weekly audit and the CEO briefing: progress in a notice, a confirmation before replacing a file.
import { Modal, Notice, Setting, requireApiVersion, type App, type Plugin } from "obsidian";
import type { BriefingDeps } from "../core/briefing/collect";
import { buildModel, generateBriefing, type BriefingKind } from "../core/briefing/generate";
import { draftCancellations } from "../core/briefing/cancellations";
import { targetPath } from "../core/briefing/links";
import { latestDuePeriod } from "../core/briefing/period";
import type { BriefingPeriod } from "../core/briefing/types";
import { messageOf } from "../core/util/errors";

/** Asks before an existing audit or briefing is overwritten. */
export class ReplaceBriefingModal extends Modal {
	constructor(
		app: App,
		private readonly what: string,
		private readonly path: string,
		private readonly onReplace: () => void,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle(`Replace the ${this.what}?`);
		this.contentEl.createEl("p", { text: `${this.path} already exists for this week. Replacing it writes it again from today's data; edits you made to it are lost.` });
		new Setting(this.contentEl)
			.addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
			.addButton((b) => {
				b.setButtonText("Replace").onClick(() => {
					this.close();
					this.onReplace();
				});
				if (requireApiVersion("1.13.0")) b.setDestructive();
				else b.buttonEl.addClass("mod-warning");
			});
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

/** A notice that stays while the work runs and shows its current step. */
function progressNotice(title: string): { step: (s: string) => void; done: () => void } {
	const notice = new Notice(`${title}…`, 0);
	return {
		step: (s) => notice.setMessage(`${title}: ${s.charAt(0).toLowerCase()}${s.slice(1)}…`),
		done: () => notice.hide(),
	};
}

function currentPeriod(deps: BriefingDeps): BriefingPeriod {
	const s = deps.settings().briefing;
	return latestDuePeriod(deps.clock.now(), deps.timeZone(), s.day, s.time);
}

async function run(app: App, deps: BriefingDeps, kind: BriefingKind, replace: boolean): Promise<void> {
	const period = currentPeriod(deps);
	const what = kind === "briefing" ? "CEO briefing" : "weekly audit";
	const target = targetPath(kind, deps.layout().root, period);
	if (!replace && (await deps.vault.exists(target))) {
		new ReplaceBriefingModal(app, what, target, () => void run(app, deps, kind, true)).open();
		return;
	}
	const progress = progressNotice(kind === "briefing" ? "Generating the CEO briefing" : "Running the weekly audit");
	try {
		const outcome = await generateBriefing(deps, period, { kind, replace, reason: "command", onProgress: progress.step });
		progress.done();
		if (outcome.status === "exists") {
			new ReplaceBriefingModal(app, what, outcome.path, () => void run(app, deps, kind, true)).open();
			return;
		}
		const path = outcome.briefingPath ?? outcome.auditPath;
		deps.notifier.notify(`AI Employee: the ${what} for ${period.start} to ${period.end} is ready (${outcome.model.gaps.length} data gaps).`, "info");
		await app.workspace.openLinkText(path, "", false);
	} catch (err) {
		progress.done();
		deps.notifier.notify(`AI Employee: the ${what} could not be written: ${messageOf(err)}`, "failure");
	}
}

async function draft(deps: BriefingDeps): Promise<void> {
	const progress = progressNotice("Checking subscriptions");
	try {
		const model = await buildModel(deps, currentPeriod(deps), progress.step);
		const { created, skipped } = await draftCancellations(deps, model);
		progress.done();
		const skippedText = skipped.length > 0 ? ` Already waiting: ${skipped.join(", ")}.` : "";
		deps.notifier.notify(
			created.length === 0 ? `AI Employee: no flagged subscription needs a new cancellation request.${skippedText}` : `AI Employee: drafted ${created.length} cancellation request${created.length === 1 ? "" : "s"} in Pending_Approval.${skippedText}`,
			"info",
		);
	} catch (err) {
		progress.done();
		deps.notifier.notify(`AI Employee: could not draft cancellations: ${messageOf(err)}`, "failure");
	}
}

/** Registers "Generate CEO briefing", "Run weekly audit" and "Draft subscription cancellations". */
export function registerBriefingCommands(plugin: Plugin, deps: () => BriefingDeps | null): void {
	const app = plugin.app;
	const when = (fn: (d: BriefingDeps) => void) => (checking: boolean) => {
		const d = deps();
		if (!d) return false;
		if (!checking) fn(d);
		return true;
	};
	plugin.addCommand({ id: "generate-ceo-briefing", name: "Generate CEO briefing", checkCallback: when((d) => void run(app, d, "briefing", false)) });
	plugin.addCommand({ id: "run-weekly-audit", name: "Run weekly audit", checkCallback: when((d) => void run(app, d, "audit", false)) });
	plugin.addCommand({ id: "draft-subscription-cancellations", name: "Draft subscription cancellations", checkCallback: when((d) => void draft(d)) });
}
