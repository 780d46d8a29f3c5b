// Writes the weekly audit (and the CEO briefing) for a period: one file each, replaced only when asked to.
import { analyse, type Model } from "./model";
import { renderAudit } from "./audit";
import { renderBriefing } from "./briefing";
import { auditPath, briefingPath, targetPath } from "./links";
import { collectData, type BriefingDeps, type Progress } from "./collect";
import type { BriefingPeriod } from "./types";
import { parentOf } from "../util/paths";

export type BriefingKind = "briefing" | "audit";

export interface GenerateOptions {
	kind: BriefingKind;
	/** Overwrite an existing file for the period (after the owner confirmed). */
	replace: boolean;
	/** Who asked: the schedule, a command, the demo. */
	reason: string;
	onProgress?: Progress;
}

export type GenerateOutcome =
	| { status: "written"; auditPath: string; briefingPath: string | null; model: Model }
	| { status: "exists"; path: string };

export { targetPath };

export async function buildModel(deps: BriefingDeps, period: BriefingPeriod, progress?: Progress): Promise<Model> {
	return analyse(await collectData(deps, period, progress));
}

export async function generateBriefing(deps: BriefingDeps, period: BriefingPeriod, opts: GenerateOptions): Promise<GenerateOutcome> {
	const root = deps.layout().root;
	const target = targetPath(opts.kind, root, period);
	if (!opts.replace && (await deps.vault.exists(target))) return { status: "exists", path: target };
	const model = await buildModel(deps, period, opts.onProgress);
	opts.onProgress?.(opts.kind === "briefing" ? "Writing the audit and the briefing" : "Writing the audit");
	const audit = auditPath(root, period);
	const briefing = opts.kind === "briefing" ? briefingPath(root, period) : null;
	await deps.vault.mkdir(parentOf(audit));
	// The briefing links into the audit, so the audit is always rewritten with it: both show the same numbers.
	const write = async (path: string, text: string): Promise<boolean> => {
		if (path === target && !opts.replace) return deps.vault.createIfMissing(path, text);
		await deps.vault.write(path, text);
		return true;
	};
	if (briefing) {
		await deps.vault.mkdir(parentOf(briefing));
		await deps.vault.write(audit, renderAudit(model));
		if (!(await write(briefing, renderBriefing(model)))) return { status: "exists", path: briefing };
	} else if (!(await write(audit, renderAudit(model)))) return { status: "exists", path: audit };
	const flagged = model.subscriptions.filter((s) => s.flags.length > 0).length;
	await deps.log.append({
		action_type: opts.kind === "briefing" ? "briefing.generated" : "audit.generated",
		actor: deps.actor,
		target: briefing ?? audit,
		result: "success",
		details: {
			reason: opts.reason,
			period: `${period.start}..${period.end}`,
			replaced: opts.replace,
			money_source: model.finance.source,
			data_gaps: model.gaps.length,
			subscriptions_flagged: flagged,
			odoo_round_trips: model.data.odoo?.ok ? model.data.odoo.figures.roundTrips : 0,
		},
	});
	return { status: "written", auditPath: audit, briefingPath: briefing, model };
}
