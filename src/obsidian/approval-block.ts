// The `ai-employee-approval` code block: a live card that re-renders when its note changes.
import type { App } from "obsidian";
import type { Engine } from "../core/engine";
import { renderCard } from "./card-view";
import { liveNoteBlock } from "./live-note-block";

/** `started` settles once the engine's start has run: a card drawn before that redraws then. */
export function approvalBlockProcessor(app: App, engine: () => Engine | null, started: Promise<void>) {
	return liveNoteBlock(app, engine, started, "ai-employee-card", async (el, e, path, redraw) => {
		const model = await e.card(path);
		renderCard(el, model, {
			onButton: (button, reason) => {
				void (async () => {
					const approvals = e.workflow.approvals;
					const outcome = button === "approve" ? await approvals.approve(path) : button === "reject" ? await approvals.reject(path, reason ?? "") : await approvals.retry(path);
					// An answer to the owner's own click: shown at once and in full, never grouped, delayed or switched off.
					e.host.notifier.notify(`AI Employee: ${outcome.message}`, "info");
					// A refusal changes nothing in the note, so no save redraws the card: draw it again here.
					if (!outcome.ok) await redraw();
				})();
			},
		});
	});
}
