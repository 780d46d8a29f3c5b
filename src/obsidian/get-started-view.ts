// The "Get started" page, opened once per device on first enable (and by the command "Open get started"): connect
// services, what dry run means, how to go live, where requests appear.
import { type App, ItemView, Setting, type WorkspaceLeaf } from "obsidian";
import type { PluginContext } from "./plugin-context";
import { networkConfig, type NetworkName } from "../connectors";
import type { ConnectGuide } from "./connect/guide";
import { ConnectModal } from "./connect/connect-modal";
import { odooGuide } from "./connect/odoo";
import { facebookGuide } from "./connect/facebook";
import { instagramGuide } from "./connect/instagram";
import { xGuide } from "./connect/x";
import { linkedinGuide } from "./connect/linkedin";
import { gmailGuide } from "./connect/gmail";

export const GET_STARTED_VIEW_TYPE = "ai-employee-get-started";
/** Local storage (this device only, not synced): the page was shown once. */
const SHOWN_KEY = "ai-employee-get-started-shown";

interface Service {
	name: string;
	what: string;
	guide: (plugin: PluginContext) => ConnectGuide;
	/** Filled in on this device (not "working": only Test connection can say that). */
	setUp: (plugin: PluginContext) => boolean;
}

const network = (n: NetworkName) => (plugin: PluginContext) => networkConfig(plugin.settings, n).config !== null;

const SERVICES: Service[] = [
	{ name: "Odoo", what: "Draft invoices and payments.", guide: odooGuide, setUp: (p) => p.settings.odoo.url !== "" && p.settings.odoo.login !== "" },
	{ name: "Gmail", what: "New mail becomes notes; invoice requests are drafted from it.", guide: gmailGuide, setUp: (p) => (p.engine?.host.secrets.get(p.settings.gmail.refreshTokenSecret) ?? "") !== "" },
	{ name: "Facebook", what: "Posts to your Page.", guide: facebookGuide, setUp: network("facebook") },
	{ name: "Instagram", what: "Posts to your professional account.", guide: instagramGuide, setUp: network("instagram") },
	{ name: "X", what: "Posts and threads.", guide: xGuide, setUp: network("x") },
	{ name: "LinkedIn", what: "Posts as you or your company page.", guide: linkedinGuide, setUp: network("linkedin") },
];

export class GetStartedView extends ItemView {
	constructor(
		leaf: WorkspaceLeaf,
		private readonly plugin: PluginContext,
		private readonly openStatus: () => void,
	) {
		super(leaf);
	}

	override getViewType(): string {
		return GET_STARTED_VIEW_TYPE;
	}

	override getDisplayText(): string {
		return "Get started with AI Employee";
	}

	override getIcon(): string {
		return "briefcase";
	}

	override onOpen(): Promise<void> {
		this.render();
		return Promise.resolve();
	}

	override onClose(): Promise<void> {
		this.contentEl.empty();
		return Promise.resolve();
	}

	render(): void {
		const el = this.contentEl;
		el.empty();
		const page = el.createDiv({ cls: "ai-employee-get-started" });
		const s = this.plugin.settings;
		const root = s.rootFolder;

		new Setting(page).setName("Get started with AI Employee").setHeading();
		page.createEl("p", { text: "AI Employee prepares invoices, posts and emails as request notes, asks you to approve each one, and only then runs it, exactly once. Four steps to your first real action:" });

		new Setting(page).setName("1. Connect your services").setHeading();
		page.createEl("p", { text: "Connect only what you use. Each guide says what you need, where to get it and which permissions to grant, then tests the connection. Secrets stay in this device's secret storage." });
		for (const svc of SERVICES) {
			new Setting(page)
				.setName(svc.name)
				.setDesc(`${svc.what} ${svc.setUp(this.plugin) ? "Set up on this device." : "Not set up yet."}`)
				.addButton((b) =>
					b.setButtonText("Connect").onClick(() => {
						new ConnectModal(this.app, svc.guide(this.plugin), () => this.render()).open();
					}),
				);
		}

		new Setting(page).setName("2. Dry run: try everything safely").setHeading();
		page.createEl("p", {
			text: s.dryRun
				? "Dry run is on. Approving a request only previews it: AI Employee records the exact request it would send (secrets hidden) and sends nothing to Odoo, the networks or email."
				: "Dry run is off: approved requests are sent for real.",
		});

		new Setting(page).setName("3. Where requests appear").setHeading();
		const where = page.createEl("ul");
		where.createEl("li", { text: `Requests waiting for you are notes in ${root}/Pending_Approval/. Each shows a card with what will happen and Approve and Reject buttons.` });
		where.createEl("li", { text: "The status view (the briefcase icon in the ribbon, or the status bar) lists them with the watchers and connections; a notice tells you when one arrives." });
		where.createEl("li", { text: `Done requests move to ${root}/Completed/ (or Rejected/, Failed/), and every step is logged in ${root}/Logs/.` });
		new Setting(page).addButton((b) =>
			b.setButtonText("Open status").onClick(() => {
				this.openStatus();
			}),
		);

		new Setting(page).setName("4. Going live").setHeading();
		const live = page.createEl("ol");
		live.createEl("li", { text: "Test each service you connected: the test button in its settings group or at the end of its guide." });
		live.createEl("li", { text: "Approve one request in dry run and read the preview in the note: it is exactly what would be sent." });
		live.createEl("li", { text: "Turn off dry run in this plugin's settings (general group) or in the status view. It asks you to confirm." });
		live.createEl("li", { text: "From then on, each request still waits for your click, unless one of your approval rules covers it." });
		page.createEl("p", { cls: "ai-employee-connect-note", text: "Open this page again from the command palette: search for get started." });
	}
}

/** Opens the page in a new tab on the first start on this device; never again after. */
export async function showGetStartedOnce(app: App): Promise<void> {
	if (app.loadLocalStorage(SHOWN_KEY)) return;
	app.saveLocalStorage(SHOWN_KEY, true);
	await openGetStarted(app);
}

export async function openGetStarted(app: App): Promise<void> {
	const ws = app.workspace;
	const leaf = ws.getLeavesOfType(GET_STARTED_VIEW_TYPE)[0] ?? ws.getLeaf("tab");
	await leaf.setViewState({ type: GET_STARTED_VIEW_TYPE, active: true });
	await ws.revealLeaf(leaf);
}
