// The vault layout: folder and file names under the root folder, in one place.
import { joinPath } from "../util/paths";

export const FOLDERS = [
	"Inbox",
	"Needs_Action",
	"Plans",
	"Pending_Approval",
	"Approved",
	"Rejected",
	"Completed",
	"Failed",
	"Audits",
	"CEO_Briefings",
	"Logs",
	"Accounting",
] as const;

export type FolderName = (typeof FOLDERS)[number];

export const ROOT_FILES = ["Dashboard.md", "Company_Handbook.md", "Business_Goals.md"] as const;

/** Resolves names in the layout for a given root folder. */
export class Layout {
	constructor(readonly root: string) {}

	folder(name: FolderName): string {
		return joinPath(this.root, name);
	}

	file(name: (typeof ROOT_FILES)[number]): string {
		return joinPath(this.root, name);
	}

	/** Plugin state that must survive restarts but is not for reading (journal, locks). */
	get stateFolder(): string {
		return joinPath(this.root, "Logs", "state");
	}

	/** True when a path is inside the plugin's root folder. */
	owns(path: string): boolean {
		return path === this.root || path.startsWith(this.root + "/");
	}
}
