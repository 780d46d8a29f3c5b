// "Set up vault folders": what a user's vault looks like after it, whatever was there before.
import { describe, expect, it } from "vitest";
import { Layout } from "../../../src/core/layout/folders";
import { setUpVault } from "../../../src/core/layout/setup";
import { MemoryVault } from "../../helpers";

/** The folders the product promises under the root folder. */
const EXPECTED_FOLDERS = [
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
];
const EXPECTED_FILES = ["Dashboard.md", "Company_Handbook.md", "Business_Goals.md", "Post_Templates.md"];

describe("setting up an empty vault", () => {
	it("creates the root folder, the twelve folders and the four starter files", async () => {
		const vault = new MemoryVault();
		const report = await setUpVault(vault, new Layout("AI_Employee"));

		expect(vault.folders()).toEqual(["AI_Employee", ...EXPECTED_FOLDERS.map((f) => `AI_Employee/${f}`)].sort());
		expect(vault.paths()).toEqual(EXPECTED_FILES.map((f) => `AI_Employee/${f}`).sort());
		expect(report.createdFolders).toHaveLength(13);
		expect(report.createdFiles).toHaveLength(4);
		expect(report.keptFiles).toEqual([]);
	});

	it("writes starter files a person can read: a dashboard with the status markers, a handbook with approval rules", async () => {
		const vault = new MemoryVault();
		await setUpVault(vault, new Layout("AI_Employee"));
		expect(vault.text("AI_Employee/Dashboard.md")).toMatch(/<!-- ai-employee:status:start -->[\s\S]*<!-- ai-employee:status:end -->/);
		expect(vault.text("AI_Employee/Company_Handbook.md")).toMatch(/## Approval rules/);
		expect(vault.text("AI_Employee/Business_Goals.md")).toMatch(/## Revenue targets/);
	});

	it("works under a nested root folder chosen in the settings", async () => {
		const vault = new MemoryVault();
		await setUpVault(vault, new Layout("Work/Desk"));
		expect(vault.folders()).toContain("Work/Desk/Pending_Approval");
		expect(vault.paths()).toContain("Work/Desk/Dashboard.md");
	});
});

describe("setting up a vault that already has some of it", () => {
	it("creates only what is missing and keeps the user's files word for word", async () => {
		const handbook = "# Our rules\n\nAsk Sam before paying anyone.\n";
		const vault = new MemoryVault({ "AI_Employee/Company_Handbook.md": handbook, "AI_Employee/Inbox/note.md": "hi" });

		const report = await setUpVault(vault, new Layout("AI_Employee"));

		expect(vault.text("AI_Employee/Company_Handbook.md")).toBe(handbook);
		expect(vault.text("AI_Employee/Inbox/note.md")).toBe("hi");
		expect(report.keptFiles).toEqual(["AI_Employee/Company_Handbook.md"]);
		expect(report.createdFiles.sort()).toEqual(["AI_Employee/Business_Goals.md", "AI_Employee/Dashboard.md", "AI_Employee/Post_Templates.md"]);
		expect(report.createdFolders).not.toContain("AI_Employee");
		expect(report.createdFolders).not.toContain("AI_Employee/Inbox");
		expect(report.createdFolders).toHaveLength(11);
	});

	it("changes nothing when run a second time", async () => {
		const vault = new MemoryVault();
		const layout = new Layout("AI_Employee");
		await setUpVault(vault, layout);
		const before = vault.snapshot();
		const events = vault.events.length;

		const again = await setUpVault(vault, layout);

		expect(again.createdFolders).toEqual([]);
		expect(again.createdFiles).toEqual([]);
		expect(again.keptFiles).toHaveLength(4);
		expect(vault.snapshot()).toEqual(before);
		expect(vault.events.length).toBe(events);
	});
});
