// Draws the status view from a snapshot with Obsidian's DOM helpers (no innerHTML); styles live in styles.css.
import type { ConnectorStatus, RequestItem, StatusSnapshot } from "../core/status/types";
import type { WatcherStatus } from "../core/watchers/watcher";
import { CONNECTOR_HEALTH_LABEL, WATCHER_STATE_LABEL, connectorHealth, formatWhen } from "../core/status/words";
import { baseName, stem } from "../core/util/paths";
import { duration } from "../core/status/response-time";
import { receiverLine } from "../core/status/whatsapp-receiver";
import type { WhatsappStatus } from "../core/status/whatsapp-activity";

export interface StatusViewActions {
	/** The owner flipped the dry-run toggle; `dryRun` is the value they asked for (the view confirms going live first). */
	toggleDryRun(dryRun: boolean): void;
	approve(path: string): void;
	reject(path: string): void;
	retry(path: string): void;
	open(path: string): void;
	reconnect(connectorId: string): void;
	restartWatchers(): void;
}

const ACTIVITY_SHOWN = 10;

function section(parent: HTMLElement, title: string, count?: number): { body: HTMLElement; head: HTMLElement } {
	const box = parent.createDiv({ cls: "ai-employee-status-section" });
	const head = box.createDiv({ cls: "ai-employee-status-section-head" });
	head.createSpan({ cls: "ai-employee-status-section-title", text: title });
	if (count !== undefined) head.createSpan({ cls: "ai-employee-status-count", text: String(count) });
	return { body: box.createDiv({ cls: "ai-employee-status-section-body" }), head };
}

function badge(parent: HTMLElement, text: string, kind: string): void {
	parent.createSpan({ cls: ["ai-employee-badge", `is-${kind}`], text });
}

function noteLink(parent: HTMLElement, path: string, text: string, actions: StatusViewActions, secretInPath = false): void {
	// A file name that holds a secret is not put into the page (hover previews show href); the click still opens it.
	const a = secretInPath ? parent.createEl("a", { cls: ["internal-link", "ai-employee-status-link"], text }) : parent.createEl("a", { cls: ["internal-link", "ai-employee-status-link"], text, href: path, attr: { "data-href": path } });
	a.addEventListener("click", (ev) => {
		ev.preventDefault();
		actions.open(path);
	});
}

function button(parent: HTMLElement, text: string, cls: string | null, onClick: () => void): HTMLButtonElement {
	const b = parent.createEl("button", { text, cls: cls ? ["ai-employee-status-button", cls] : "ai-employee-status-button" });
	b.addEventListener("click", (ev) => {
		ev.stopPropagation();
		b.disabled = true;
		onClick();
	});
	return b;
}

function banner(root: HTMLElement, s: StatusSnapshot, actions: StatusViewActions): void {
	const el = root.createDiv({ cls: ["ai-employee-status-banner", s.dryRun ? "is-dry-run" : "is-live"] });
	const words = el.createDiv({ cls: "ai-employee-status-banner-text" });
	words.createDiv({ cls: "ai-employee-status-banner-title", text: s.dryRun ? "Dry run" : "Live" });
	words.createDiv({ cls: "ai-employee-status-banner-desc", text: s.dryRun ? "Approved requests are only previewed; nothing is sent." : "Approved requests are sent to the real services." });
	// Obsidian's own toggle markup, so it looks and feels like every other switch in the app.
	const toggle = el.createDiv({ cls: ["checkbox-container", "ai-employee-status-toggle", ...(s.dryRun ? ["is-enabled"] : [])], attr: { role: "switch", "aria-checked": String(s.dryRun), "aria-label": "Dry run", tabindex: "0" } });
	toggle.createEl("input", { type: "checkbox", attr: { tabindex: "-1" } });
	const flip = () => actions.toggleDryRun(!s.dryRun);
	toggle.addEventListener("click", flip);
	toggle.addEventListener("keydown", (ev) => {
		if (ev.key === " " || ev.key === "Enter") {
			ev.preventDefault();
			flip();
		}
	});
	if (s.executorNote) root.createDiv({ cls: "ai-employee-status-note", text: s.executorNote });
}

function pendingRow(list: HTMLElement, r: RequestItem, s: StatusSnapshot, actions: StatusViewActions): void {
	const row = list.createDiv({ cls: "ai-employee-status-row" });
	const main = row.createDiv({ cls: "ai-employee-status-row-main" });
	noteLink(main, r.path, r.title, actions, r.secretInPath);
	const meta = [r.summary && r.summary !== r.title ? r.summary : null, r.action, r.created ? formatWhen(Date.parse(r.created), s.at, s.timeZone) : null].filter((x): x is string => !!x);
	if (meta.length > 0) main.createDiv({ cls: "ai-employee-status-meta", text: meta.join(" · ") });
	if (r.error) main.createDiv({ cls: "ai-employee-status-error", text: r.error });
	const buttons = row.createDiv({ cls: "ai-employee-status-row-buttons" });
	button(buttons, "Approve", "mod-cta", () => actions.approve(r.path));
	button(buttons, "Reject", "mod-warning", () => actions.reject(r.path));
}

function failureRow(list: HTMLElement, r: RequestItem, actions: StatusViewActions): void {
	const row = list.createDiv({ cls: "ai-employee-status-row" });
	const main = row.createDiv({ cls: "ai-employee-status-row-main" });
	const line = main.createDiv({ cls: "ai-employee-status-line" });
	noteLink(line, r.path, r.title, actions, r.secretInPath);
	if (r.category) badge(line, r.category, "failed");
	main.createDiv({ cls: "ai-employee-status-error", text: r.error ?? "Failed." });
	if (r.suggestion) main.createDiv({ cls: "ai-employee-status-meta", text: r.suggestion });
	button(row.createDiv({ cls: "ai-employee-status-row-buttons" }), "Retry", null, () => actions.retry(r.path));
}

const WATCHER_BADGE: Record<WatcherStatus["state"], string> = { running: "completed", restarting: "executing", paused: "pending", failed: "failed", stopped: "rejected", off: "rejected" };

function watcherRow(list: HTMLElement, w: WatcherStatus, s: StatusSnapshot): void {
	const row = list.createDiv({ cls: "ai-employee-status-row" });
	const main = row.createDiv({ cls: "ai-employee-status-row-main" });
	const line = main.createDiv({ cls: "ai-employee-status-line" });
	line.createSpan({ cls: "ai-employee-status-name", text: w.name });
	badge(line, WATCHER_STATE_LABEL[w.state], WATCHER_BADGE[w.state]);
	main.createDiv({ cls: "ai-employee-status-meta", text: `Last run ${formatWhen(w.lastRun, s.at, s.timeZone)} · next ${formatWhen(w.nextRun, s.at, s.timeZone)}${w.restarts > 0 ? ` · restarted ${w.restarts}×` : ""}` });
	if (w.reason) main.createDiv({ cls: "ai-employee-status-error", text: w.reason });
	else if (w.lastError && w.state !== "running") main.createDiv({ cls: "ai-employee-status-error", text: w.lastError });
}

const HEALTH_BADGE = { working: "completed", paused: "pending", error: "failed", "needs-setup": "pending", "not-set-up": "rejected", unused: "approved" } as const;

function connectorRow(list: HTMLElement, c: ConnectorStatus, s: StatusSnapshot, actions: StatusViewActions): void {
	const health = connectorHealth(c);
	const row = list.createDiv({ cls: ["ai-employee-status-row", `is-${health}`] });
	const main = row.createDiv({ cls: "ai-employee-status-row-main" });
	const line = main.createDiv({ cls: "ai-employee-status-line" });
	line.createSpan({ cls: "ai-employee-status-name", text: c.label });
	badge(line, CONNECTOR_HEALTH_LABEL[health], HEALTH_BADGE[health]);
	if (c.configured) main.createDiv({ cls: "ai-employee-status-meta", text: `Last success ${formatWhen(c.lastSuccess, s.at, s.timeZone)}${c.lastErrorAt !== null ? ` · last error ${formatWhen(c.lastErrorAt, s.at, s.timeZone)}` : ""}` });
	const why = c.paused ?? c.problem ?? (health === "error" ? c.lastError : null);
	if (why) main.createDiv({ cls: "ai-employee-status-error", text: why });
	if (c.paused || health === "error") button(row.createDiv({ cls: "ai-employee-status-row-buttons" }), "Reconnect", null, () => actions.reconnect(c.id));
}

/** Whether a runner receives messages (the app cannot), the queue, and this week's replies. */
function whatsappSection(root: HTMLElement, w: WhatsappStatus, s: StatusSnapshot): void {
	const box = section(root, "WhatsApp", w.waiting);
	const row = box.body.createDiv({ cls: ["ai-employee-status-row", "ai-employee-status-whatsapp"] });
	const main = row.createDiv({ cls: "ai-employee-status-row-main" });
	const line = main.createDiv({ cls: "ai-employee-status-line" });
	const receiving = w.receiver.kind === "receiving";
	badge(line, receiving ? "Receiving" : "Not receiving", receiving ? "completed" : "pending");
	main.createDiv({ cls: receiving ? "ai-employee-status-meta" : "ai-employee-status-note", text: receiverLine(w.receiver, s.at, (ms) => formatWhen(ms, s.at, s.timeZone)) });
	const newest = w.latestMessageAt !== null ? `last message ${formatWhen(w.latestMessageAt, s.at, s.timeZone)}` : "no message received yet";
	main.createDiv({ cls: "ai-employee-status-meta", text: `${w.waiting} waiting · ${newest}` });
	const median = w.medianResponseMs !== null ? ` · median response time ${duration(w.medianResponseMs)}` : "";
	main.createDiv({ cls: "ai-employee-status-meta", text: `${w.repliesThisWeek} ${w.repliesThisWeek === 1 ? "reply" : "replies"} sent this week${median}` });
}

/** Draws the whole view into `el` (emptied first). Pure of Obsidian's app: the screenshot generator and the bench use it too. */
export function renderStatus(el: HTMLElement, s: StatusSnapshot, actions: StatusViewActions): void {
	el.empty();
	const root = el.createDiv({ cls: "ai-employee-status" });
	banner(root, s, actions);

	const waiting = section(root, "Waiting for your approval", s.pending.length);
	if (s.pending.length === 0) waiting.body.createDiv({ cls: "ai-employee-status-empty", text: "Nothing waits for you." });
	for (const r of s.pending) pendingRow(waiting.body, r, s, actions);

	if (s.failures.length > 0) {
		const failed = section(root, "Failed requests", s.failures.length);
		for (const r of s.failures) failureRow(failed.body, r, actions);
	}

	const watchers = section(root, "Watchers");
	button(watchers.head, "Restart watchers", "ai-employee-status-head-button", () => actions.restartWatchers());
	if (s.watchers.length === 0) watchers.body.createDiv({ cls: "ai-employee-status-empty", text: "No watcher is set up." });
	for (const w of s.watchers) watcherRow(watchers.body, w, s);

	const connectors = section(root, "Connectors");
	for (const c of s.connectors) connectorRow(connectors.body, c, s, actions);

	if (s.whatsapp) whatsappSection(root, s.whatsapp, s);

	const activity = section(root, "Recent activity");
	const t = s.today;
	activity.body.createDiv({ cls: "ai-employee-status-meta", text: `Today: ${t.total} logged · ${t.success} done · ${t.dryRun} previewed · ${t.failure} failed · ${t.refused} refused` });
	if (s.activity.length === 0) activity.body.createDiv({ cls: "ai-employee-status-empty", text: "Nothing logged yet." });
	const ul = activity.body.createEl("ul", { cls: "ai-employee-status-activity" });
	for (const a of s.activity.slice(0, ACTIVITY_SHOWN)) {
		const li = ul.createEl("li", { cls: `is-${a.result}` });
		li.createSpan({ cls: "ai-employee-status-time", text: formatWhen(Date.parse(a.timestamp), s.at, s.timeZone) });
		li.createSpan({ cls: "ai-employee-status-action", text: a.action });
		li.createSpan({ cls: "ai-employee-status-target", text: baseName(a.target) || a.target });
		li.createSpan({ cls: ["ai-employee-badge", `is-${a.result === "success" ? "completed" : a.result === "dry_run" ? "dry-run" : a.result === "failure" ? "failed" : a.result === "refused" ? "rejected" : "approved"}`], text: a.result.replace("_", " ") });
		if (a.error) li.setAttr("title", a.error);
	}

	const briefing = section(root, "Briefing");
	const line = briefing.body.createDiv({ cls: "ai-employee-status-meta" });
	line.appendText(`Next briefing: ${s.nextBriefing === null ? "not scheduled" : formatWhen(s.nextBriefing, s.at, s.timeZone)} · last: `);
	if (s.lastBriefing) noteLink(line, s.lastBriefing, stem(s.lastBriefing), actions);
	else line.appendText("none yet");
}
