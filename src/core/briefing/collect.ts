// Gathers the briefing's data from every source; a source that is missing or fails becomes a data gap, never an abort.
import type { ApprovalSigning, AuditTrail, OwnerNotices, SettingsSource, TimeSource, VaultNotes } from "../engine-ports";
import { messageOf } from "../util/errors";
import { addDays, dayOfWeek } from "./calendar";
import { readGoals } from "./sources/goals";
import { readLedger } from "./sources/ledger";
import { readLogStats, readRecentLogLines } from "./sources/logs";
import { scanVault } from "./sources/vault";
import type { BriefingData, BriefingPeriod, ExternalSources, OdooResult, SocialFigures } from "./types";
import { isoInZone } from "../util/dates";
import { TZDate } from "@date-fns/tz";

/** What the briefing needs from the engine: its notes, time, settings, log and notices, the key that signs the
 * cancellation requests it drafts, plus the outside sources the host can read. */
export interface BriefingDeps extends VaultNotes, TimeSource, SettingsSource, AuditTrail, OwnerNotices, ApprovalSigning {
	sources: () => ExternalSources;
}

export type Progress = (step: string) => void;

async function readOdoo(sources: ExternalSources, period: BriefingPeriod): Promise<OdooResult | null> {
	if (!sources.odoo) return null;
	try {
		return await sources.odoo({ today: period.end, weekStartsOn: dayOfWeek(period.start) === 0 ? 0 : 1 });
	} catch (err) {
		return { ok: false, reason: messageOf(err), suggestion: "Check the Odoo settings with Test connection, then generate the briefing again." };
	}
}

async function readSocial(sources: ExternalSources, period: BriefingPeriod): Promise<SocialFigures[] | null> {
	if (!sources.social) return null;
	try {
		return await sources.social({ since: period.startMs, until: period.endMs });
	} catch (err) {
		return [{ network: "social networks", available: false, posts: [], totals: {}, roundTrips: 0, error: { category: "transient", message: messageOf(err), suggestion: "Try again later." } }];
	}
}

export async function collectData(deps: BriefingDeps, period: BriefingPeriod, progress: Progress = () => undefined): Promise<BriefingData> {
	const settings = deps.settings();
	const layout = deps.layout();
	const tz = deps.timeZone();
	const sources = deps.sources();
	const usageFrom = addDays(period.end, -29);
	const [y, m, d] = usageFrom.split("-").map(Number);
	const usageFromMs = new TZDate(y ?? 1970, (m ?? 1) - 1, d ?? 1, tz).getTime();

	progress(sources.odoo ? "Reading Odoo" : "Reading the ledger");
	const odoo = await readOdoo(sources, period);
	const ledger = await readLedger(deps.vault, layout.folder("Accounting"), settings.currency);
	progress("Reading social networks");
	const social = await readSocial(sources, period);
	progress("Reading requests and notes");
	const scan = await scanVault(deps.vault, deps.yaml, layout, period, usageFromMs);
	progress("Reading the audit log");
	const logs = await readLogStats(deps.vault, layout.folder("Logs"), period);
	const logLines = await readRecentLogLines(deps.vault, layout.folder("Logs"), usageFrom, period.end);
	const goals = await readGoals(deps.vault, layout.file("Business_Goals.md"), settings.currency);
	// Where the owner explains why a subscription is kept (see subscriptions.ts), read whatever their age.
	const standing: { path: string; text: string }[] = [];
	for (const path of [layout.file("Company_Handbook.md"), layout.file("Business_Goals.md")]) {
		const text = await deps.vault.read(path);
		if (text !== null) standing.push({ path, text: text.toLowerCase() });
	}
	return {
		period,
		generatedAt: isoInZone(deps.clock.now(), tz),
		timeZone: tz,
		currency: settings.currency,
		root: layout.root,
		waitHours: settings.briefing.waitHours,
		knownVendors: settings.briefing.knownVendors,
		odoo,
		ledger,
		social,
		vault: scan.activity,
		logs,
		goals,
		usage: { notes: scan.usageNotes, logs: logLines, windowStart: usageFrom, standing },
	};
}
