// "Set up vault folders": creates what is missing of the layout and never overwrites the user's files.
import type { VaultStore } from "../ports";
import { FOLDERS, Layout, ROOT_FILES } from "./folders";
import { INITIAL_FILES, POST_TEMPLATES_FILE, POST_TEMPLATES_TEMPLATE } from "./templates";
import { joinPath } from "../util/paths";

export interface SetupReport {
	createdFolders: string[];
	createdFiles: string[];
	keptFiles: string[];
}

export async function setUpVault(vault: VaultStore, layout: Layout): Promise<SetupReport> {
	const report: SetupReport = { createdFolders: [], createdFiles: [], keptFiles: [] };
	if (!(await vault.exists(layout.root))) {
		await vault.mkdir(layout.root);
		report.createdFolders.push(layout.root);
	}
	for (const name of FOLDERS) {
		const path = layout.folder(name);
		if (!(await vault.exists(path))) {
			await vault.mkdir(path);
			report.createdFolders.push(path);
		}
	}
	for (const name of ROOT_FILES) {
		const path = layout.file(name);
		if (await vault.createIfMissing(path, INITIAL_FILES[name])) report.createdFiles.push(path);
		else report.keptFiles.push(path);
	}
	const templates = joinPath(layout.root, POST_TEMPLATES_FILE);
	if (await vault.createIfMissing(templates, POST_TEMPLATES_TEMPLATE)) report.createdFiles.push(templates);
	else report.keptFiles.push(templates);
	return report;
}
