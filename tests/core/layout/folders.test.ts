// Where things live under the root folder.
import { describe, expect, it } from "vitest";
import { Layout } from "../../../src/core/layout/folders";

describe("the layout", () => {
	it("puts folders and files directly under the root folder", () => {
		const layout = new Layout("AI_Employee");
		expect(layout.folder("Pending_Approval")).toBe("AI_Employee/Pending_Approval");
		expect(layout.file("Dashboard.md")).toBe("AI_Employee/Dashboard.md");
	});

	it("keeps plugin state inside the logs folder", () => {
		expect(new Layout("AI_Employee").stateFolder).toBe("AI_Employee/Logs/state");
	});

	it("owns paths inside the root folder only, not a sibling whose name starts the same", () => {
		const layout = new Layout("AI_Employee");
		expect(layout.owns("AI_Employee/Approved/x.md")).toBe(true);
		expect(layout.owns("AI_Employee")).toBe(true);
		expect(layout.owns("AI_Employee_old/x.md")).toBe(false);
		expect(layout.owns("Notes/x.md")).toBe(false);
	});
});
