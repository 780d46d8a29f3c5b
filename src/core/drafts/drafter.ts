// Drafts the week's posts: events → templates → scheduled social.post requests (origin plugin:drafts, never
// auto-approved). With nothing to say it writes no filler: one note in Needs_Action asks for news instead.
import type { ApprovalSigning, AuditTrail, SettingsSource, TimeSource, VaultNotes } from "../engine-ports";
import { createRequestNote } from "../requests/create-request";
import { joinPath } from "../util/paths";
import { localDay } from "../util/dates";
import { completedEvents, goalsEvents } from "./events";
import { postPermissions } from "./permissions";
import { planPosts } from "./plan";
import { parseTemplates, TEMPLATES_FILE, type TemplateProblem } from "./templates";
import type { BusinessEvent } from "./types";
import { POST_TEMPLATES_TEMPLATE } from "../layout/templates";

export const DRAFTS_STATE_FILE = "drafts.json";
export const DRAFTS_ORIGIN = "plugin:drafts";
const WEEK_MS = 7 * 24 * 3600_000;

export interface DraftOutcome {
	/** Paths of the request notes written. */
	drafted: string[];
	events: BusinessEvent[];
	/** Template errors (unknown placeholders…) with their line, and events no template could fill. */
	problems: string[];
	/** The note asking for news, when there was nothing to post about. */
	askedForNews: string | null;
}

interface DraftState {
	drafted: string[];
	lastPeriod: string;
}

export class PostDrafter {
	constructor(private readonly deps: VaultNotes & TimeSource & AuditTrail & SettingsSource & ApprovalSigning) {}

	private get statePath(): string {
		return joinPath(this.deps.layout().stateFolder, DRAFTS_STATE_FILE);
	}

	async state(): Promise<DraftState> {
		const text = await this.deps.vault.read(this.statePath);
		try {
			const v = JSON.parse(text ?? "{}") as Partial<DraftState>;
			return { drafted: Array.isArray(v.drafted) ? v.drafted.filter((x): x is string => typeof x === "string") : [], lastPeriod: typeof v.lastPeriod === "string" ? v.lastPeriod : "" };
		} catch {
			return { drafted: [], lastPeriod: "" };
		}
	}

	async saveState(s: DraftState): Promise<void> {
		await this.deps.vault.mkdir(this.deps.layout().stateFolder);
		await this.deps.vault.write(this.statePath, JSON.stringify(s) + "\n");
	}

	/** The week's events not drafted before. */
	async events(): Promise<BusinessEvent[]> {
		const layout = this.deps.layout();
		const perms = postPermissions(await this.deps.vault.read(layout.file("Company_Handbook.md")));
		const found = [
			...goalsEvents(await this.deps.vault.read(layout.file("Business_Goals.md")), perms),
			...(await completedEvents({ vault: this.deps.vault, yaml: this.deps.yaml, layout, since: this.deps.clock.now() - WEEK_MS, perms })),
		];
		const seen = new Set((await this.state()).drafted);
		const unique = new Map<string, BusinessEvent>();
		for (const e of found) if (!seen.has(e.key) && !unique.has(e.key)) unique.set(e.key, e);
		return [...unique.values()];
	}

	async draft(period = localDay(this.deps.clock.now(), this.deps.timeZone())): Promise<DraftOutcome> {
		const settings = this.deps.settings();
		const layout = this.deps.layout();
		// A vault set up before templates existed gets the starter note (never overwritten), so there is always one to edit.
		const templatesPath = joinPath(layout.root, TEMPLATES_FILE);
		await this.deps.vault.createIfMissing(templatesPath, POST_TEMPLATES_TEMPLATE);
		const templates = parseTemplates(await this.deps.vault.read(templatesPath));
		const problems = templates.problems.map((p: TemplateProblem) => `${TEMPLATES_FILE} line ${p.line}: ${p.message}`);
		const networks = settings.drafts.networks.filter((n) => n !== "instagram");
		if (settings.drafts.networks.includes("instagram")) problems.push("Instagram posts need an image, so they are not drafted; write them by hand.");
		const events = await this.events();
		const outcome: DraftOutcome = { drafted: [], events, problems, askedForNews: null };
		if (events.length === 0) {
			outcome.askedForNews = await this.askForNews(period);
		} else {
			const plan = planPosts(events, templates.templates, networks, this.deps.clock.now(), this.deps.timeZone(), settings.drafts.postTime);
			for (const p of plan.problems) problems.push(`${p.event.key}: ${p.message}`);
			for (const post of plan.posts) {
				const path = await createRequestNote(this.deps, {
					action: "social.post",
					params: { network: post.network, text: post.text, publish_at: post.publishAt, event: post.event.key },
					requestedBy: "post drafts",
					origin: DRAFTS_ORIGIN,
					title: `Drafted post: ${post.event.key}`,
					source: post.event.source,
					body: `Drafted from **${post.event.key}** (found in ${post.event.source}) with the template on line ${post.template.line} of ${TEMPLATES_FILE}. Edit the text in the frontmatter if you like, then approve or reject it.`,
				});
				outcome.drafted.push(path);
			}
			const drafted = new Set(plan.posts.map((p) => p.event.key));
			const state = await this.state();
			await this.saveState({ ...state, drafted: [...state.drafted, ...drafted].slice(-500) });
		}
		await this.deps.log.append({
			action_type: "drafts.generated",
			actor: this.deps.actor,
			target: layout.folder("Pending_Approval"),
			result: problems.length && outcome.drafted.length === 0 && events.length > 0 ? "failure" : "success",
			details: { events: events.map((e) => e.key), drafted: outcome.drafted.length, problems, asked_for_news: outcome.askedForNews },
		});
		return outcome;
	}

	/** No filler: one note a week asks the owner what to write about. */
	private async askForNews(period: string): Promise<string> {
		const folder = this.deps.layout().folder("Needs_Action");
		await this.deps.vault.mkdir(folder);
		const path = joinPath(folder, `Post ideas wanted ${period}.md`);
		await this.deps.vault.createIfMissing(
			path,
			[
				"---",
				"type: ai_employee_drafts_news_request",
				`created: ${new Date(this.deps.clock.now()).toISOString()}`,
				"---",
				"# Nothing to post about this week",
				"",
				"AI Employee found no finished projects, milestones, paid invoices or reached goals this week, so it drafted no posts rather than filler.",
				"",
				"To get drafts next time, tell it what happened:",
				"- set a project's status to **done** (or a goal's to **reached**) in Business_Goals.md,",
				"- or put a note tagged `#milestone` or `#project` in the Completed folder.",
				"",
				"Then run **Draft posts from this week**.",
				"",
			].join("\n"),
		);
		return path;
	}
}
